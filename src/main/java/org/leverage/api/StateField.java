package org.leverage.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Every fact of a policy state that the rules read (contract §2, all but {@code format}, {@code label} and
 * {@code asOf}), with its path, its possible values and a way to read and set it. State readers, sweeps and
 * scenario checks use it instead of knowing the records' shape.
 */
public enum StateField {
    /** What Washington wants of the programs: a {@link Goal}. */
    GOAL("unitedStates.goal", Goal.class, s -> s.unitedStates().goal(), (b, v) -> b.goal((Goal) v)),
    /** How Washington presses Beijing: an {@link Approach}. */
    APPROACH_TO_CHINA("unitedStates.approachToChina", Approach.class, s -> s.unitedStates().approachToChina(),
            (b, v) -> b.approachToChina((Approach) v)),
    /** Whether Washington keeps force "on the table" (¶1): a boolean. */
    MILITARY_OPTION_SIGNALED("unitedStates.militaryOptionSignaled", Boolean.class,
            s -> s.unitedStates().militaryOptionSignaled(), (b, v) -> b.militaryOptionSignaled((Boolean) v)),
    /** Whether U.S. troops and weapons are in South Korea: a boolean. */
    FORCES_ON_PENINSULA("unitedStates.forcesOnPeninsula", Boolean.class,
            s -> s.unitedStates().forcesOnPeninsula(), (b, v) -> b.forcesOnPeninsula((Boolean) v)),
    /** Whether THAAD is deployed in South Korea (¶9): a boolean. */
    THAAD_DEPLOYED("unitedStates.thaadDeployed", Boolean.class, s -> s.unitedStates().thaadDeployed(),
            (b, v) -> b.thaadDeployed((Boolean) v)),
    /** The state of bilateral talks with Pyongyang (¶7): a {@link Talks}. */
    TALKS_WITH_PYONGYANG("unitedStates.talksWithPyongyang", Talks.class,
            s -> s.unitedStates().talksWithPyongyang(), (b, v) -> b.talksWithPyongyang((Talks) v)),
    /** Whether an end to the joint exercises with Seoul is offered (¶7): a boolean. */
    END_JOINT_EXERCISES("unitedStates.offersToPyongyang.endJointExercises", Boolean.class,
            s -> s.unitedStates().offersToPyongyang().endJointExercises(),
            (b, v) -> b.endJointExercises((Boolean) v)),
    /** Whether a peace treaty to replace the armistice is offered (¶7): a boolean. */
    PEACE_TREATY("unitedStates.offersToPyongyang.peaceTreaty", Boolean.class,
            s -> s.unitedStates().offersToPyongyang().peaceTreaty(), (b, v) -> b.peaceTreaty((Boolean) v)),
    /** The sanctions relief offered (¶7): a {@link SanctionsRelief}. */
    SANCTIONS_RELIEF("unitedStates.offersToPyongyang.sanctionsRelief", SanctionsRelief.class,
            s -> s.unitedStates().offersToPyongyang().sanctionsRelief(),
            (b, v) -> b.sanctionsRelief((SanctionsRelief) v)),
    /** Whether formal diplomatic relations are offered (¶7): a boolean. */
    DIPLOMATIC_RELATIONS("unitedStates.offersToPyongyang.diplomaticRelations", Boolean.class,
            s -> s.unitedStates().offersToPyongyang().diplomaticRelations(),
            (b, v) -> b.diplomaticRelations((Boolean) v)),
    /** Whether Washington has pledged refugee help to Beijing (¶8): a boolean. */
    REFUGEE_AID("unitedStates.commitmentsToBeijing.refugeeAid", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().refugeeAid(), (b, v) -> b.refugeeAid((Boolean) v)),
    /** Whether the allies have been asked to pledge refugee help too (¶8): a boolean. */
    ALLIED_REFUGEE_AID("unitedStates.commitmentsToBeijing.alliedRefugeeAid", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().alliedRefugeeAid(),
            (b, v) -> b.alliedRefugeeAid((Boolean) v)),
    /** The promise to take U.S. forces and weapons off the peninsula (¶9): a {@link Withdrawal}. */
    WITHDRAWAL("unitedStates.commitmentsToBeijing.withdrawal", Withdrawal.class,
            s -> s.unitedStates().commitmentsToBeijing().withdrawal(), (b, v) -> b.withdrawal((Withdrawal) v)),
    /** Whether that promise names THAAD (¶9): a boolean. */
    WITHDRAWAL_INCLUDES_THAAD("unitedStates.commitmentsToBeijing.withdrawalIncludesThaad", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().withdrawalIncludesThaad(),
            (b, v) -> b.withdrawalIncludesThaad((Boolean) v)),
    /** Whether concessions on Taiwan are made (¶9): a boolean. */
    TAIWAN_CONCESSIONS("unitedStates.commitmentsToBeijing.taiwanConcessions", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().taiwanConcessions(),
            (b, v) -> b.taiwanConcessions((Boolean) v)),
    /** Whether concessions on the South China Sea are made (¶9): a boolean. */
    SOUTH_CHINA_SEA_CONCESSIONS("unitedStates.commitmentsToBeijing.southChinaSeaConcessions", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().southChinaSeaConcessions(),
            (b, v) -> b.southChinaSeaConcessions((Boolean) v)),
    /** China's share of the North's food and energy (¶3): an {@link AidShare}. */
    AID_SHARE("china.aidShare", AidShare.class, s -> s.china().aidShare(), (b, v) -> b.aidShare((AidShare) v)),
    /** What Beijing is doing to Pyongyang now (¶3): a {@link Pressure}. */
    PRESSURE_ON_PYONGYANG("china.pressureOnPyongyang", Pressure.class, s -> s.china().pressureOnPyongyang(),
            (b, v) -> b.pressureOnPyongyang((Pressure) v)),
    /** Whether Washington has asked Beijing to cut the aid off (¶8): a boolean. */
    ASKED_FOR_DRASTIC_ACTION("china.askedForDrasticAction", Boolean.class,
            s -> s.china().askedForDrasticAction(), (b, v) -> b.askedForDrasticAction((Boolean) v)),
    /** The North's nuclear weapons program: a {@link Program}. */
    NUCLEAR_PROGRAM("northKorea.nuclearProgram", Program.class, s -> s.northKorea().nuclearProgram(),
            (b, v) -> b.nuclearProgram((Program) v)),
    /** The North's ballistic missile program: a {@link Program}. */
    MISSILE_PROGRAM("northKorea.missileProgram", Program.class, s -> s.northKorea().missileProgram(),
            (b, v) -> b.missileProgram((Program) v)),
    /** Pyongyang's answer to the offer as it stands (¶8): an {@link OfferResponse}. */
    RESPONSE_TO_OFFER("northKorea.responseToOffer", OfferResponse.class, s -> s.northKorea().responseToOffer(),
            (b, v) -> b.responseToOffer((OfferResponse) v)),
    /** How stable the North Korean state is (¶4, ¶5): a {@link Stability}. */
    STABILITY("northKorea.stability", Stability.class, s -> s.northKorea().stability(),
            (b, v) -> b.stability((Stability) v)),
    /** Whether and how Korea is being unified (¶6): a {@link Reunification}. */
    REUNIFICATION("peninsula.reunification", Reunification.class, s -> s.peninsula().reunification(),
            (b, v) -> b.reunification((Reunification) v)),
    /** Whether a unified Korea would stay a U.S. ally (¶6): an {@link AllianceProspect}. */
    US_ALLIANCE_WITH_UNIFIED_KOREA("peninsula.usAllianceWithUnifiedKorea", AllianceProspect.class,
            s -> s.peninsula().usAllianceWithUnifiedKorea(),
            (b, v) -> b.usAllianceWithUnifiedKorea((AllianceProspect) v));

    private final String path;
    private final Class<?> type;
    private final Function<PolicyState, Object> getter;
    private final BiConsumer<PolicyState.Builder, Object> setter;

    StateField(String path, Class<?> type, Function<PolicyState, Object> getter,
               BiConsumer<PolicyState.Builder, Object> setter) {
        this.path = path;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
    }

    /**
     * The dotted path of contract §2, e.g. {@code unitedStates.commitmentsToBeijing.withdrawal}.
     *
     * @return the path, as state files nest it and as errors and {@link Fact.Input#path()} name the field
     */
    public String path() {
        return path;
    }

    /**
     * The last part of the path, e.g. {@code withdrawal}.
     *
     * @return the key the field has in its mapping of a state file, and the name of its builder setter
     */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * {@link Boolean} or the enum class of the field's values.
     *
     * @return {@code Boolean.class} for a yes-or-no field (never {@code boolean.class}), else the enum class
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Every value the field can take: both booleans, or every constant of its enum, in declaration order.
     *
     * @return {@code [false, true]}, or the enum's constants (its default is among them, not necessarily first);
     *         a new list on each call
     */
    public List<Object> choices() {
        if (type == Boolean.class) {
            return List.of(false, true);
        }
        return Arrays.asList((Object[]) type.getEnumConstants());
    }

    /**
     * The field's value in a state.
     *
     * @param state the state to read
     * @return a {@link Boolean} or an enum constant of {@link #type()}; never null
     */
    public Object get(PolicyState state) {
        return getter.apply(state);
    }

    /**
     * Sets the field on a builder.
     *
     * @param builder the builder to change
     * @param value   the new value: a {@link Boolean} or an enum constant of {@link #type()}
     * @return {@code builder}, for chaining
     * @throws ClassCastException when the value is not of {@link #type()}
     */
    public PolicyState.Builder set(PolicyState.Builder builder, Object value) {
        setter.accept(builder, type.cast(value));
        return builder;
    }

    /**
     * The state with this one field changed, e.g. for a sweep over the field's {@link #choices()}. The result is
     * not checked for contradictions.
     *
     * @param state the state to start from; left unchanged
     * @param value the new value: a {@link Boolean} or an enum constant of {@link #type()}
     * @return a new state that differs from {@code state} at most in this field
     * @throws ClassCastException when the value is not of {@link #type()}
     */
    public PolicyState with(PolicyState state, Object value) {
        return set(state.toBuilder(), value).build();
    }

    /**
     * The field at this dotted path, if there is one.
     *
     * @param path a dotted path of contract §2, e.g. {@code china.pressureOnPyongyang}; case-sensitive
     * @return the field; empty for an unknown path, and for {@code format}, {@code label} and {@code asOf}
     */
    public static Optional<StateField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
