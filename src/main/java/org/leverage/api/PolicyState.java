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

    /**
     * Checks that nothing but the date is missing. A state built this way is not yet checked for contradictions
     * or its format: {@link #contradictions()} lists the former, and an advisor refuses both.
     *
     * @param format       the version of the state schema; only {@link #FORMAT} is understood
     * @param label        free text shown in reports; {@code ""} for none
     * @param asOf         the date of the state, or {@code null}
     * @param unitedStates Washington's side
     * @param china        Beijing's side
     * @param northKorea   Pyongyang's side
     * @param peninsula    the peninsula as a whole
     * @throws NullPointerException when any component but {@code asOf} is null
     */
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
     * @param file the state file
     * @return the state read, free of contradictions
     * @throws InvalidStateException naming the file, line, column and field of the first problem: a file that is
     *                               missing or unreadable, over 1 MiB, not UTF-8, not a mapping, of a future
     *                               format, with an unknown key, a wrong type, an unknown value, a duplicate key,
     *                               a YAML anchor, alias or tag, or a contradiction; the only exception reading
     *                               throws for bad input
     * @throws IllegalStateException when no state reader is on the class path (a broken installation)
     */
    public static PolicyState read(Path file) {
        return parser().read(file);
    }

    /**
     * Reads a YAML or JSON document of UTF-8 bytes (told apart by content), e.g. standard input; invalid
     * UTF-8 is refused, not replaced. Reads at most 1 MiB and one byte: a longer stream is refused, the rest of
     * it left unread; the stream is not closed.
     *
     * @param in         the UTF-8 bytes of the document; not closed
     * @param sourceName how errors name the document, e.g. {@code <stdin>}
     * @return the state read, free of contradictions
     * @throws InvalidStateException as {@link #read(Path)}
     */
    public static PolicyState read(InputStream in, String sourceName) {
        return parser().read(in, sourceName);
    }

    /**
     * Reads a YAML or JSON document from a reader (told apart by content), e.g. standard input.
     *
     * @param reader     the document's characters, read up to the 1 MiB bound; not closed
     * @param sourceName how errors name the document, e.g. {@code <stdin>}
     * @return the state read, free of contradictions
     * @throws InvalidStateException as {@link #read(Path)}
     */
    public static PolicyState read(Reader reader, String sourceName) {
        return parser().read(reader, sourceName);
    }

    /**
     * Reads a YAML or JSON document held in a string (told apart by content).
     *
     * @param document   the whole document, e.g. {@code "china: {pressureOnPyongyang: SEVER_AID}"}
     * @param sourceName how errors name the document
     * @return the state read, free of contradictions
     * @throws InvalidStateException as {@link #read(Path)}
     */
    public static PolicyState parse(String document, String sourceName) {
        return parser().parse(document, sourceName);
    }

    private static StateParser parser() {
        return ServiceLoader.load(StateParser.class, PolicyState.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Leverage state reader on the class path"));
    }

    /**
     * A builder that starts from the contract §2 defaults.
     *
     * @return a new builder holding {@link #DEFAULTS}
     */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /**
     * A builder that starts from this state, to change a few fields; this state is left as it is.
     *
     * @return a new builder holding every field of this state
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The ways this state contradicts itself (contract §2), in a fixed order; empty when it is consistent.
     * An assessment refuses a state with any contradiction.
     *
     * @return the contradictions of contract §2, at most one of each of the four; immutable
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

        /**
         * The schema version, {@code format}. Default {@link PolicyState#FORMAT}, the only one an advisor
         * assesses.
         *
         * @param value the version
         * @return this builder
         */
        public Builder format(int value) { format = value; return this; }
        /**
         * The scenario's name in every report, {@code label}. Default {@code ""}.
         *
         * @param value the label; not null
         * @return this builder
         */
        public Builder label(String value) { label = value; return this; }
        /**
         * The date the state describes, {@code asOf}. Default {@code null}, for no date.
         *
         * @param value the date, or {@code null}
         * @return this builder
         */
        public Builder asOf(LocalDate value) { asOf = value; return this; }
        /**
         * What Washington wants of the programs (¶3), {@code unitedStates.goal}. Default DENUCLEARIZATION.
         *
         * @param value the goal; not null
         * @return this builder
         */
        public Builder goal(Goal value) { goal = value; return this; }
        /**
         * How Washington presses Beijing (¶7, ¶10), {@code unitedStates.approachToChina}. Default DEMANDS.
         *
         * @param value the approach; not null
         * @return this builder
         */
        public Builder approachToChina(Approach value) { approachToChina = value; return this; }
        /**
         * Whether Washington keeps force "on the table" (¶1), {@code unitedStates.militaryOptionSignaled}; true
         * draws HAWKISH_POSTURING. Default false.
         *
         * @param value true when a military option is signalled
         * @return this builder
         */
        public Builder militaryOptionSignaled(boolean value) { militaryOptionSignaled = value; return this; }
        /**
         * Whether U.S. troops and weapons are in South Korea, {@code unitedStates.forcesOnPeninsula}. Default
         * true; false contradicts a deployed THAAD.
         *
         * @param value true when U.S. forces are there
         * @return this builder
         */
        public Builder forcesOnPeninsula(boolean value) { forcesOnPeninsula = value; return this; }
        /**
         * Whether THAAD is deployed in South Korea (¶9), {@code unitedStates.thaadDeployed}; raises THAAD_RADAR.
         * Default false.
         *
         * @param value true when THAAD is deployed
         * @return this builder
         */
        public Builder thaadDeployed(boolean value) { thaadDeployed = value; return this; }
        /**
         * The state of bilateral talks (¶7), {@code unitedStates.talksWithPyongyang}. Default NONE.
         *
         * @param value the talks; not null
         * @return this builder
         */
        public Builder talksWithPyongyang(Talks value) { talksWithPyongyang = value; return this; }
        /**
         * Whether an end to the yearly exercises with Seoul is offered (¶7),
         * {@code unitedStates.offersToPyongyang.endJointExercises}. Default false.
         *
         * @param value true when offered
         * @return this builder
         */
        public Builder endJointExercises(boolean value) { endJointExercises = value; return this; }
        /**
         * Whether a treaty to replace the 1953 armistice is offered (¶7),
         * {@code unitedStates.offersToPyongyang.peaceTreaty}. Default false.
         *
         * @param value true when offered
         * @return this builder
         */
        public Builder peaceTreaty(boolean value) { peaceTreaty = value; return this; }
        /**
         * The sanctions relief offered (¶7), {@code unitedStates.offersToPyongyang.sanctionsRelief}. Default NONE.
         *
         * @param value the relief; not null
         * @return this builder
         */
        public Builder sanctionsRelief(SanctionsRelief value) { sanctionsRelief = value; return this; }
        /**
         * Whether formal diplomatic relations are offered (¶7),
         * {@code unitedStates.offersToPyongyang.diplomaticRelations}. Default false.
         *
         * @param value true when offered
         * @return this builder
         */
        public Builder diplomaticRelations(boolean value) { diplomaticRelations = value; return this; }
        /**
         * Whether Washington has pledged help if refugees flood into China (¶8),
         * {@code unitedStates.commitmentsToBeijing.refugeeAid}. Default false.
         *
         * @param value true when pledged
         * @return this builder
         */
        public Builder refugeeAid(boolean value) { refugeeAid = value; return this; }
        /**
         * Whether Japan, South Korea and other allies have been asked to help with refugees too (¶8),
         * {@code unitedStates.commitmentsToBeijing.alliedRefugeeAid}. Default false.
         *
         * @param value true when asked
         * @return this builder
         */
        public Builder alliedRefugeeAid(boolean value) { alliedRefugeeAid = value; return this; }
        /**
         * The promise to take U.S. forces and weapons off the peninsula (¶9),
         * {@code unitedStates.commitmentsToBeijing.withdrawal}. Default NONE.
         *
         * @param value the promise; not null
         * @return this builder
         */
        public Builder withdrawal(Withdrawal value) { withdrawal = value; return this; }
        /**
         * Whether that promise names THAAD, {@code unitedStates.commitmentsToBeijing.withdrawalIncludesThaad};
         * true contradicts a withdrawal of NONE. Default false.
         *
         * @param value true when THAAD is included
         * @return this builder
         */
        public Builder withdrawalIncludesThaad(boolean value) { withdrawalIncludesThaad = value; return this; }
        /**
         * Whether concessions on Taiwan are made (¶9), {@code unitedStates.commitmentsToBeijing.taiwanConcessions}.
         * Default false.
         *
         * @param value true when made
         * @return this builder
         */
        public Builder taiwanConcessions(boolean value) { taiwanConcessions = value; return this; }
        /**
         * Whether concessions on the South China Sea are made (¶9),
         * {@code unitedStates.commitmentsToBeijing.southChinaSeaConcessions}. Default false.
         *
         * @param value true when made
         * @return this builder
         */
        public Builder southChinaSeaConcessions(boolean value) { southChinaSeaConcessions = value; return this; }
        /**
         * China's share of the North's food and energy (¶3), {@code china.aidShare}. Default LARGE.
         *
         * @param value the share; not null
         * @return this builder
         */
        public Builder aidShare(AidShare value) { aidShare = value; return this; }
        /**
         * What Beijing is doing to Pyongyang now (¶3), {@code china.pressureOnPyongyang}. Default CAUTIOUS.
         *
         * @param value the pressure; not null
         * @return this builder
         */
        public Builder pressureOnPyongyang(Pressure value) { pressureOnPyongyang = value; return this; }
        /**
         * Whether Washington has asked Beijing to cut the aid off (¶8), {@code china.askedForDrasticAction}.
         * Default false.
         *
         * @param value true when asked
         * @return this builder
         */
        public Builder askedForDrasticAction(boolean value) { askedForDrasticAction = value; return this; }
        /**
         * The North's nuclear weapons program, {@code northKorea.nuclearProgram}. Default ACTIVE.
         *
         * @param value its status; not null
         * @return this builder
         */
        public Builder nuclearProgram(Program value) { nuclearProgram = value; return this; }
        /**
         * The North's ballistic missile program, {@code northKorea.missileProgram}. Default ACTIVE.
         *
         * @param value its status; not null
         * @return this builder
         */
        public Builder missileProgram(Program value) { missileProgram = value; return this; }
        /**
         * Pyongyang's answer to the offer as it stands (¶8), {@code northKorea.responseToOffer}; anything but NONE
         * needs talks. Default NONE.
         *
         * @param value the response; not null
         * @return this builder
         */
        public Builder responseToOffer(OfferResponse value) { responseToOffer = value; return this; }
        /**
         * How stable the North Korean state is (¶4, ¶5), {@code northKorea.stability}. Default STABLE.
         *
         * @param value the stability; not null
         * @return this builder
         */
        public Builder stability(Stability value) { stability = value; return this; }
        /**
         * Whether and how Korea is being unified (¶6), {@code peninsula.reunification}; anything but NONE needs a
         * COLLAPSED or FRAGMENTED North. Default NONE.
         *
         * @param value the reunification; not null
         * @return this builder
         */
        public Builder reunification(Reunification value) { reunification = value; return this; }
        /**
         * Whether a unified Korea would stay a U.S. ally (¶6), {@code peninsula.usAllianceWithUnifiedKorea}.
         * Default EXPECTED.
         *
         * @param value the prospect; not null
         * @return this builder
         */
        public Builder usAllianceWithUnifiedKorea(AllianceProspect value) {
            usAllianceWithUnifiedKorea = value;
            return this;
        }

        /**
         * The state; throws {@link NullPointerException} naming a field left null. Not checked for contradictions
         * (see {@link PolicyState#contradictions()}).
         *
         * @return a new immutable state; the builder may go on being used
         * @throws NullPointerException when a field other than {@code asOf} was set to null
         */
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
