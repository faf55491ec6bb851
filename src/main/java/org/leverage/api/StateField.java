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
    GOAL("unitedStates.goal", Goal.class, s -> s.unitedStates().goal(), (b, v) -> b.goal((Goal) v)),
    APPROACH_TO_CHINA("unitedStates.approachToChina", Approach.class, s -> s.unitedStates().approachToChina(),
            (b, v) -> b.approachToChina((Approach) v)),
    MILITARY_OPTION_SIGNALED("unitedStates.militaryOptionSignaled", Boolean.class,
            s -> s.unitedStates().militaryOptionSignaled(), (b, v) -> b.militaryOptionSignaled((Boolean) v)),
    FORCES_ON_PENINSULA("unitedStates.forcesOnPeninsula", Boolean.class,
            s -> s.unitedStates().forcesOnPeninsula(), (b, v) -> b.forcesOnPeninsula((Boolean) v)),
    THAAD_DEPLOYED("unitedStates.thaadDeployed", Boolean.class, s -> s.unitedStates().thaadDeployed(),
            (b, v) -> b.thaadDeployed((Boolean) v)),
    TALKS_WITH_PYONGYANG("unitedStates.talksWithPyongyang", Talks.class,
            s -> s.unitedStates().talksWithPyongyang(), (b, v) -> b.talksWithPyongyang((Talks) v)),
    END_JOINT_EXERCISES("unitedStates.offersToPyongyang.endJointExercises", Boolean.class,
            s -> s.unitedStates().offersToPyongyang().endJointExercises(),
            (b, v) -> b.endJointExercises((Boolean) v)),
    PEACE_TREATY("unitedStates.offersToPyongyang.peaceTreaty", Boolean.class,
            s -> s.unitedStates().offersToPyongyang().peaceTreaty(), (b, v) -> b.peaceTreaty((Boolean) v)),
    SANCTIONS_RELIEF("unitedStates.offersToPyongyang.sanctionsRelief", SanctionsRelief.class,
            s -> s.unitedStates().offersToPyongyang().sanctionsRelief(),
            (b, v) -> b.sanctionsRelief((SanctionsRelief) v)),
    DIPLOMATIC_RELATIONS("unitedStates.offersToPyongyang.diplomaticRelations", Boolean.class,
            s -> s.unitedStates().offersToPyongyang().diplomaticRelations(),
            (b, v) -> b.diplomaticRelations((Boolean) v)),
    REFUGEE_AID("unitedStates.commitmentsToBeijing.refugeeAid", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().refugeeAid(), (b, v) -> b.refugeeAid((Boolean) v)),
    ALLIED_REFUGEE_AID("unitedStates.commitmentsToBeijing.alliedRefugeeAid", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().alliedRefugeeAid(),
            (b, v) -> b.alliedRefugeeAid((Boolean) v)),
    WITHDRAWAL("unitedStates.commitmentsToBeijing.withdrawal", Withdrawal.class,
            s -> s.unitedStates().commitmentsToBeijing().withdrawal(), (b, v) -> b.withdrawal((Withdrawal) v)),
    WITHDRAWAL_INCLUDES_THAAD("unitedStates.commitmentsToBeijing.withdrawalIncludesThaad", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().withdrawalIncludesThaad(),
            (b, v) -> b.withdrawalIncludesThaad((Boolean) v)),
    TAIWAN_CONCESSIONS("unitedStates.commitmentsToBeijing.taiwanConcessions", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().taiwanConcessions(),
            (b, v) -> b.taiwanConcessions((Boolean) v)),
    SOUTH_CHINA_SEA_CONCESSIONS("unitedStates.commitmentsToBeijing.southChinaSeaConcessions", Boolean.class,
            s -> s.unitedStates().commitmentsToBeijing().southChinaSeaConcessions(),
            (b, v) -> b.southChinaSeaConcessions((Boolean) v)),
    AID_SHARE("china.aidShare", AidShare.class, s -> s.china().aidShare(), (b, v) -> b.aidShare((AidShare) v)),
    PRESSURE_ON_PYONGYANG("china.pressureOnPyongyang", Pressure.class, s -> s.china().pressureOnPyongyang(),
            (b, v) -> b.pressureOnPyongyang((Pressure) v)),
    ASKED_FOR_DRASTIC_ACTION("china.askedForDrasticAction", Boolean.class,
            s -> s.china().askedForDrasticAction(), (b, v) -> b.askedForDrasticAction((Boolean) v)),
    NUCLEAR_PROGRAM("northKorea.nuclearProgram", Program.class, s -> s.northKorea().nuclearProgram(),
            (b, v) -> b.nuclearProgram((Program) v)),
    MISSILE_PROGRAM("northKorea.missileProgram", Program.class, s -> s.northKorea().missileProgram(),
            (b, v) -> b.missileProgram((Program) v)),
    RESPONSE_TO_OFFER("northKorea.responseToOffer", OfferResponse.class, s -> s.northKorea().responseToOffer(),
            (b, v) -> b.responseToOffer((OfferResponse) v)),
    STABILITY("northKorea.stability", Stability.class, s -> s.northKorea().stability(),
            (b, v) -> b.stability((Stability) v)),
    REUNIFICATION("peninsula.reunification", Reunification.class, s -> s.peninsula().reunification(),
            (b, v) -> b.reunification((Reunification) v)),
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

    /** The dotted path of contract §2, e.g. {@code unitedStates.commitmentsToBeijing.withdrawal}. */
    public String path() {
        return path;
    }

    /** The last part of the path, e.g. {@code withdrawal}. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** {@link Boolean} or the enum class of the field's values. */
    public Class<?> type() {
        return type;
    }

    /** Every value the field can take: both booleans, or every constant of its enum, in declaration order. */
    public List<Object> choices() {
        if (type == Boolean.class) {
            return List.of(false, true);
        }
        return Arrays.asList((Object[]) type.getEnumConstants());
    }

    /** The field's value in a state. */
    public Object get(PolicyState state) {
        return getter.apply(state);
    }

    /**
     * Sets the field on a builder.
     *
     * @throws ClassCastException when the value is not of {@link #type()}
     */
    public PolicyState.Builder set(PolicyState.Builder builder, Object value) {
        setter.accept(builder, type.cast(value));
        return builder;
    }

    /** The state with this one field changed. */
    public PolicyState with(PolicyState state, Object value) {
        return set(state.toBuilder(), value).build();
    }

    /** The field at this dotted path, if there is one. */
    public static Optional<StateField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
