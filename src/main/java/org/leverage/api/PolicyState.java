package org.leverage.api;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.leverage.api.spi.StateParser;

/**
 * The facts about today that an assessment starts from (contract §2). Immutable; build one with
 * {@link #builder()}, which starts from the documented defaults, or read one from YAML or JSON with
 * {@link #read(Path)}, {@link #read(Reader, String)} or {@link #parse(String, String)}.
 *
 * @param format       the version of the state schema; only {@link #FORMAT} is understood
 * @param label        free text shown in reports
 * @param asOf         the date of the state, or {@code null}
 * @param unitedStates Washington's side
 * @param china        Beijing's side
 * @param northKorea   Pyongyang's side
 * @param peninsula    the peninsula as a whole
 */
public record PolicyState(int format, String label, LocalDate asOf, UnitedStates unitedStates, China china,
                          NorthKorea northKorea, Peninsula peninsula) {

    /** The schema version this release reads and writes. */
    public static final int FORMAT = 1;

    /** The empty document: every field at its contract §2 default. */
    public static final PolicyState DEFAULTS = new PolicyState(FORMAT, "", null, UnitedStates.DEFAULTS,
            China.DEFAULTS, NorthKorea.DEFAULTS, Peninsula.DEFAULTS);

    public PolicyState {
        Objects.requireNonNull(label, "label must not be null (use \"\")");
        Objects.requireNonNull(unitedStates, "unitedStates must not be null");
        Objects.requireNonNull(china, "china must not be null");
        Objects.requireNonNull(northKorea, "northKorea must not be null");
        Objects.requireNonNull(peninsula, "peninsula must not be null");
    }

    /**
     * Reads a state file: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), else by content.
     *
     * <p>A document is data: YAML anchors, aliases and tags are refused, and nothing in it names a class. It is
     * read within fixed bounds (1 MiB, checked before the file is read; 32 levels of nesting; 10,000 characters
     * per key or value), so a hostile file costs no more than a moment.
     *
     * @throws InvalidStateException naming the file, line, column and field of the first problem: a file that is
     *                               missing or unreadable, over 1 MiB, not UTF-8, not a mapping, of a future
     *                               format, with an unknown key, a wrong type, an unknown value, a duplicate key,
     *                               a YAML anchor, alias or tag, or a contradiction; the only exception reading
     *                               throws for bad input
     */
    public static PolicyState read(Path file) {
        return parser().read(file);
    }

    /**
     * Reads a YAML or JSON document of UTF-8 bytes (told apart by content), e.g. standard input; invalid
     * UTF-8 is refused, not replaced. Reads at most 1 MiB and one byte: a longer stream is refused, the rest of
     * it left unread; the stream is not closed.
     *
     * @param sourceName how errors name the document, e.g. {@code <stdin>}
     * @throws InvalidStateException as {@link #read(Path)}
     */
    public static PolicyState read(InputStream in, String sourceName) {
        return parser().read(in, sourceName);
    }

    /**
     * Reads a YAML or JSON document from a reader (told apart by content), e.g. standard input.
     *
     * @param sourceName how errors name the document, e.g. {@code <stdin>}
     * @throws InvalidStateException as {@link #read(Path)}
     */
    public static PolicyState read(Reader reader, String sourceName) {
        return parser().read(reader, sourceName);
    }

    /**
     * Reads a YAML or JSON document held in a string (told apart by content).
     *
     * @param sourceName how errors name the document
     * @throws InvalidStateException as {@link #read(Path)}
     */
    public static PolicyState parse(String document, String sourceName) {
        return parser().parse(document, sourceName);
    }

    private static StateParser parser() {
        return ServiceLoader.load(StateParser.class, PolicyState.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Leverage state reader on the class path"));
    }

    /** A builder that starts from the contract §2 defaults. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** A builder that starts from this state, to change a few fields. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The ways this state contradicts itself (contract §2), in a fixed order; empty when it is consistent.
     * An assessment refuses a state with any contradiction.
     */
    public List<Contradiction> contradictions() {
        List<Contradiction> found = new ArrayList<>();
        UnitedStates us = unitedStates;
        if (northKorea.responseToOffer() != OfferResponse.NONE && us.talksWithPyongyang() == Talks.NONE) {
            found.add(new Contradiction("northKorea.responseToOffer", "unitedStates.talksWithPyongyang",
                    "is " + northKorea.responseToOffer() + " but unitedStates.talksWithPyongyang is NONE:"
                            + " Pyongyang cannot respond to talks never offered (set talksWithPyongyang to OFFERED"
                            + " or UNDERWAY, or responseToOffer to NONE)"));
        }
        if (us.commitmentsToBeijing().withdrawalIncludesThaad()
                && us.commitmentsToBeijing().withdrawal() == Withdrawal.NONE) {
            found.add(new Contradiction("unitedStates.commitmentsToBeijing.withdrawalIncludesThaad",
                    "unitedStates.commitmentsToBeijing.withdrawal",
                    "is true but unitedStates.commitmentsToBeijing.withdrawal is NONE: there is no withdrawal"
                            + " to include THAAD in (set withdrawal to VERBAL or WRITTEN, or this to false)"));
        }
        Stability stability = northKorea.stability();
        if (peninsula.reunification() != Reunification.NONE
                && stability != Stability.COLLAPSED && stability != Stability.FRAGMENTED) {
            // contract §2 (v2): a North that still stands is not being unified, even under strain (¶6: it "dissolved").
            found.add(new Contradiction("peninsula.reunification", "northKorea.stability",
                    "is " + peninsula.reunification() + " but northKorea.stability is " + stability + ": a North"
                            + " that still stands is not being unified (set stability to COLLAPSED or FRAGMENTED,"
                            + " or reunification to NONE)"));
        }
        if (us.thaadDeployed() && !us.forcesOnPeninsula()) {
            found.add(new Contradiction("unitedStates.thaadDeployed", "unitedStates.forcesOnPeninsula",
                    "is true but unitedStates.forcesOnPeninsula is false: THAAD is deployed with U.S. forces"
                            + " (set forcesOnPeninsula to true, or thaadDeployed to false)"));
        }
        return List.copyOf(found);
    }

    /**
     * Builds a {@link PolicyState} one field at a time; each setter names the field of contract §2 it sets.
     * Not thread-safe; the state it builds is.
     */
    public static final class Builder {
        private int format;
        private String label;
        private LocalDate asOf;
        private Goal goal;
        private Approach approachToChina;
        private boolean militaryOptionSignaled;
        private boolean forcesOnPeninsula;
        private boolean thaadDeployed;
        private Talks talksWithPyongyang;
        private boolean endJointExercises;
        private boolean peaceTreaty;
        private SanctionsRelief sanctionsRelief;
        private boolean diplomaticRelations;
        private boolean refugeeAid;
        private boolean alliedRefugeeAid;
        private Withdrawal withdrawal;
        private boolean withdrawalIncludesThaad;
        private boolean taiwanConcessions;
        private boolean southChinaSeaConcessions;
        private AidShare aidShare;
        private Pressure pressureOnPyongyang;
        private boolean askedForDrasticAction;
        private Program nuclearProgram;
        private Program missileProgram;
        private OfferResponse responseToOffer;
        private Stability stability;
        private Reunification reunification;
        private AllianceProspect usAllianceWithUnifiedKorea;

        private Builder(PolicyState from) {
            UnitedStates us = from.unitedStates();
            OffersToPyongyang offers = us.offersToPyongyang();
            CommitmentsToBeijing commitments = us.commitmentsToBeijing();
            format = from.format();
            label = from.label();
            asOf = from.asOf();
            goal = us.goal();
            approachToChina = us.approachToChina();
            militaryOptionSignaled = us.militaryOptionSignaled();
            forcesOnPeninsula = us.forcesOnPeninsula();
            thaadDeployed = us.thaadDeployed();
            talksWithPyongyang = us.talksWithPyongyang();
            endJointExercises = offers.endJointExercises();
            peaceTreaty = offers.peaceTreaty();
            sanctionsRelief = offers.sanctionsRelief();
            diplomaticRelations = offers.diplomaticRelations();
            refugeeAid = commitments.refugeeAid();
            alliedRefugeeAid = commitments.alliedRefugeeAid();
            withdrawal = commitments.withdrawal();
            withdrawalIncludesThaad = commitments.withdrawalIncludesThaad();
            taiwanConcessions = commitments.taiwanConcessions();
            southChinaSeaConcessions = commitments.southChinaSeaConcessions();
            aidShare = from.china().aidShare();
            pressureOnPyongyang = from.china().pressureOnPyongyang();
            askedForDrasticAction = from.china().askedForDrasticAction();
            nuclearProgram = from.northKorea().nuclearProgram();
            missileProgram = from.northKorea().missileProgram();
            responseToOffer = from.northKorea().responseToOffer();
            stability = from.northKorea().stability();
            reunification = from.peninsula().reunification();
            usAllianceWithUnifiedKorea = from.peninsula().usAllianceWithUnifiedKorea();
        }

        public Builder format(int value) { format = value; return this; }
        public Builder label(String value) { label = value; return this; }
        public Builder asOf(LocalDate value) { asOf = value; return this; }
        public Builder goal(Goal value) { goal = value; return this; }
        public Builder approachToChina(Approach value) { approachToChina = value; return this; }
        public Builder militaryOptionSignaled(boolean value) { militaryOptionSignaled = value; return this; }
        public Builder forcesOnPeninsula(boolean value) { forcesOnPeninsula = value; return this; }
        public Builder thaadDeployed(boolean value) { thaadDeployed = value; return this; }
        public Builder talksWithPyongyang(Talks value) { talksWithPyongyang = value; return this; }
        public Builder endJointExercises(boolean value) { endJointExercises = value; return this; }
        public Builder peaceTreaty(boolean value) { peaceTreaty = value; return this; }
        public Builder sanctionsRelief(SanctionsRelief value) { sanctionsRelief = value; return this; }
        public Builder diplomaticRelations(boolean value) { diplomaticRelations = value; return this; }
        public Builder refugeeAid(boolean value) { refugeeAid = value; return this; }
        public Builder alliedRefugeeAid(boolean value) { alliedRefugeeAid = value; return this; }
        public Builder withdrawal(Withdrawal value) { withdrawal = value; return this; }
        public Builder withdrawalIncludesThaad(boolean value) { withdrawalIncludesThaad = value; return this; }
        public Builder taiwanConcessions(boolean value) { taiwanConcessions = value; return this; }
        public Builder southChinaSeaConcessions(boolean value) { southChinaSeaConcessions = value; return this; }
        public Builder aidShare(AidShare value) { aidShare = value; return this; }
        public Builder pressureOnPyongyang(Pressure value) { pressureOnPyongyang = value; return this; }
        public Builder askedForDrasticAction(boolean value) { askedForDrasticAction = value; return this; }
        public Builder nuclearProgram(Program value) { nuclearProgram = value; return this; }
        public Builder missileProgram(Program value) { missileProgram = value; return this; }
        public Builder responseToOffer(OfferResponse value) { responseToOffer = value; return this; }
        public Builder stability(Stability value) { stability = value; return this; }
        public Builder reunification(Reunification value) { reunification = value; return this; }
        public Builder usAllianceWithUnifiedKorea(AllianceProspect value) {
            usAllianceWithUnifiedKorea = value;
            return this;
        }

        /** The state; throws {@link NullPointerException} naming a field left null. */
        public PolicyState build() {
            return new PolicyState(format, label, asOf,
                    new UnitedStates(goal, approachToChina, militaryOptionSignaled, forcesOnPeninsula, thaadDeployed,
                            talksWithPyongyang,
                            new OffersToPyongyang(endJointExercises, peaceTreaty, sanctionsRelief,
                                    diplomaticRelations),
                            new CommitmentsToBeijing(refugeeAid, alliedRefugeeAid, withdrawal,
                                    withdrawalIncludesThaad, taiwanConcessions, southChinaSeaConcessions)),
                    new China(aidShare, pressureOnPyongyang, askedForDrasticAction),
                    new NorthKorea(nuclearProgram, missileProgram, responseToOffer, stability),
                    new Peninsula(reunification, usAllianceWithUnifiedKorea));
        }
    }
}
