package org.leverage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leverage.api.Advisor;
import org.leverage.api.spi.AdvisorProvider;
import org.leverage.api.RuleException;

/** Compiles the rules an {@link Advisor.Builder} names into a {@link DroolsAdvisor}. */
public final class DroolsAdvisorProvider implements AdvisorProvider {

    /** Where the framework's rule files sit among a knowledge base's sources, wherever they were read from. */
    static final String BUILT_IN_PREFIX = "builtin/";

    @Override
    public Advisor create(Advisor.Settings settings) {
        List<RuleFile> files = new ArrayList<>();
        if (settings.builtInRules()) {
            files.addAll(settings.builtInRulesFolder() == null
                    ? RuleSources.packaged(BUILT_IN_PREFIX)
                    : RuleSources.fromFolder(settings.builtInRulesFolder(), BUILT_IN_PREFIX));
        }
        for (int i = 0; i < settings.ruleFolders().size(); i++) {
            files.addAll(RuleSources.fromFolder(settings.ruleFolders().get(i), "folder" + i + "/"));
        }
        if (files.isEmpty()) {
            throw new RuleException(null, "no rules to load: no .drl or decision-table file in the folders given",
                    List.of("no rules to load: no .drl or decision-table file in the folders given"), null);
        }
        CompiledRulesCache cache = settings.compiledRulesCache() == null ? null
                : new CompiledRulesCache(settings.compiledRulesCache());
        // The framework's words live beside its rules: the folder's catalogue.yaml, or the copy in the jar.
        if (settings.builtInRules() && settings.builtInRulesFolder() != null
                && !java.nio.file.Files.isRegularFile(settings.builtInRulesFolder().resolve(CatalogueFiles.FILE_NAME))) {
            // Without it every output would lose its words, silently: refuse instead.
            String file = RuleSources.displayName(settings.builtInRulesFolder().resolve(CatalogueFiles.FILE_NAME));
            String message = "the framework's catalogue is missing: every id its rules conclude is worded there";
            throw new RuleException(new org.leverage.api.SourceLocation(file, 0, 0), message,
                    List.of(file + ": " + message), null);
        }
        Catalogue framework = !settings.builtInRules() ? Catalogue.EMPTY
                : settings.builtInRulesFolder() == null ? CatalogueFiles.packaged()
                : CatalogueFiles.framework(settings.builtInRulesFolder());
        Catalogue catalogue = CatalogueFiles.extend(framework, settings.ruleFolders());
        RuleCompiler.Compiled compiled = RuleCompiler.compile(files, cache);
        // Only the framework's exact files come as its executable model: that answers without digesting them again.
        boolean frameworkAlone = compiled.classic() != null || onlyTheFramework(settings, files);
        return new DroolsAdvisor(compiled, catalogue, settings.maxFirings(), settings.rememberedStates(),
                frameworkAlone ? null : settings.timeLimit(), settings.explanations());
    }

    /**
     * Whether the rules are the built-in framework's and nothing else, as packaged (a clone's unedited
     * {@code rules/} included): their consequences only insert conclusions, so they cannot run away and need no
     * time limit. Any other rule file is code that can loop, and runs watched.
     */
    private static boolean onlyTheFramework(Advisor.Settings settings, List<RuleFile> files) {
        if (!settings.builtInRules() || !settings.ruleFolders().isEmpty()) {
            return false;
        }
        if (settings.builtInRulesFolder() == null) {
            return true;
        }
        // The build's digest of the framework's files answers without reading the jar's copy of them again.
        Optional<Boolean> framework = PrecompiledFramework.isFramework(files);
        if (framework.isPresent()) {
            return framework.get();
        }
        List<RuleFile> packaged = RuleSources.packaged(BUILT_IN_PREFIX);
        if (packaged.size() != files.size()) {
            return false;
        }
        Map<String, String> packagedText = new HashMap<>();
        packaged.forEach(f -> packagedText.put(f.sourcePath(), f.text()));
        return files.stream().allMatch(f -> f.text().equals(packagedText.get(f.sourcePath())));
    }
}
