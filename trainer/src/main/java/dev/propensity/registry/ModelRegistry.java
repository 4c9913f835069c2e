package dev.propensity.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The model registry in one folder (by default {@code models/}): numbered, immutable version folders
 * {@code v1}, {@code v2}, …, a {@code champion} alias naming the version in use, and {@code history.jsonl}
 * recording every promotion, rollback and refused challenger.
 *
 * <p>Writes take an exclusive lock on {@code .lock}, so several threads or processes may share a registry.
 * Reads take no lock: versions appear and the alias changes in single atomic steps.
 */
public final class ModelRegistry {
    /** The registry folder used when none is given. */
    public static final Path DEFAULT_ROOT = Path.of("models");

    private final Path root;
    private final RegistryClock clock;
    private final CrashPoint crash;
    private final VersionStore store;
    private final ChampionAlias alias;
    private final HistoryLog history;
    private final ModelLoader loader;
    private final VersionPublisher publisher;

    /** A registry in {@code root} on the system clock. The folder is created by the first write. */
    public static ModelRegistry at(Path root) {
        return new ModelRegistry(root, RegistryClock.system());
    }

    /** A registry in {@code root} that takes its timestamps from {@code clock}. */
    public ModelRegistry(Path root, RegistryClock clock) {
        this(root, clock, CrashPoint.NONE);
    }

    ModelRegistry(Path root, RegistryClock clock, CrashPoint crash) {
        this.root = Objects.requireNonNull(root, "root");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.crash = Objects.requireNonNull(crash, "crash");
        this.store = new VersionStore(root);
        this.alias = new ChampionAlias(root, crash);
        this.history = new HistoryLog(root);
        this.loader = new ModelLoader(root);
        this.publisher = new VersionPublisher(root, store, crash);
    }

    /** The registry's folder. */
    public Path root() {
        return root;
    }

    /**
     * Publishes a model as the next version. The champion does not change.
     *
     * @param model        the trained model, saved in Tribuo's protobuf format as {@code model.tribuo}
     * @param manifestBody the caller's manifest fields (data fingerprints, schema, hyperparameters, metrics,
     *                     provenance…), kept as given; the registry adds {@code version}, {@code created_at},
     *                     {@code parent_version} and {@code files}, and refuses a body that sets them
     * @param extraFiles   further files for the version folder by plain name, such as {@code report.html};
     *                     may be empty
     * @return the new version
     */
    public ModelVersion publish(Model<?> model, ObjectNode manifestBody, Map<String, byte[]> extraFiles) {
        Map<String, byte[]> extras = extraFiles == null ? Map.of() : extraFiles;
        return publish(model, manifestBody, number -> extras);
    }

    /**
     * Publishes a model as the next version, with extra files made once its number is known (a report titled
     * "v7"). They are made under the registry's lock, so other publishers wait for them.
     */
    public ModelVersion publish(Model<?> model, ObjectNode manifestBody, IntFunction<Map<String, byte[]>> extraFilesFor) {
        Objects.requireNonNull(model, "model");
        try (RegistryLock lock = RegistryLock.acquire(root)) {
            crash.reached(CrashPoint.Step.PUBLISH_LOCKED);
            // Under the lock no publish is under way, so every temporary folder left is a crashed one's.
            store.removeLeftovers();
            int number = nextNumber();
            Map<String, byte[]> extras = extraFilesFor.apply(number);
            return publisher.publish(number, clock.now(), alias.read(), model, manifestBody, extras == null ? Map.of() : extras);
        } catch (IOException e) {
            // A temporary folder left by the failure is invisible and removed by the next publish.
            throw new RegistryException(RegistryException.Kind.IO_FAILURE,
                    "cannot publish a new model version in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Every published version with its manifest, oldest first. */
    public List<ModelVersion> versions() {
        return store.list();
    }

    /**
     * The version with this number.
     *
     * @throws RegistryException of kind {@code UNKNOWN_VERSION} when there is none
     */
    public ModelVersion version(int number) {
        return store.get(number);
    }

    /** The version the {@code champion} alias names, empty when none was ever promoted. */
    public Optional<ModelVersion> champion() {
        OptionalInt number = alias.read();
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store.find(number.getAsInt()).orElseThrow(() -> new RegistryException(
                RegistryException.Kind.DAMAGED, "the champion alias in " + root + " names "
                + VersionLabel.format(number.getAsInt()) + ", whose folder is missing")));
    }

    /** Every promotion, rollback and refusal, oldest first. */
    public List<HistoryEntry> history() {
        return history.read();
    }

    /**
     * Loads a version's model, checked against its manifest and known to predict labels.
     *
     * @throws RegistryException naming the version and file when it is unknown, missing, changed or unreadable
     */
    public Model<Label> loadModel(int version) {
        return loader.load(store.get(version));
    }

    /**
     * Makes {@code version} the champion, after checking that its model loads.
     *
     * @param who     who decides; the OS user when null or blank
     * @param why     the reason, may be null
     * @param metrics the figures behind the decision; the version's manifest {@code metrics} when null
     * @return the history entry written
     */
    public HistoryEntry promote(int version, String who, String why, JsonNode metrics) {
        return promote(version, who, why, metrics, loader::load);
    }

    /**
     * Makes {@code version} the champion once {@code check} accepts it. The check runs under the registry lock on
     * the version about to become champion, in place of the plain model load, so a caller that loads the version
     * its own way (the server: model, scorer and probe lead) loads it once and refuses it by throwing.
     */
    public HistoryEntry promote(int version, String who, String why, JsonNode metrics, Consumer<ModelVersion> check) {
        try (RegistryLock lock = RegistryLock.acquire(root)) {
            crash.reached(CrashPoint.Step.PROMOTE_LOCKED);
            ModelVersion target = store.get(version);
            OptionalInt current = alias.read();
            if (current.isPresent() && current.getAsInt() == version) {
                throw new RegistryException(RegistryException.Kind.INVALID_REQUEST,
                        target.label() + " is already the champion in " + root);
            }
            return moveAlias(HistoryAction.PROMOTE, current, target, who, why, metrics, check);
        }
    }

    /**
     * Moves the alias back to the champion before the current one, as the history records them.
     *
     * @throws RegistryException of kind {@code INVALID_REQUEST} when there is nothing to roll back to
     */
    public HistoryEntry rollback(String who, String why) {
        return rollback(who, why, loader::load);
    }

    /** {@link #rollback(String, String)}, with the version rolled back to accepted by {@code check} first. */
    public HistoryEntry rollback(String who, String why, Consumer<ModelVersion> check) {
        try (RegistryLock lock = RegistryLock.acquire(root)) {
            crash.reached(CrashPoint.Step.PROMOTE_LOCKED);
            OptionalInt current = alias.read();
            if (current.isEmpty()) {
                throw new RegistryException(RegistryException.Kind.INVALID_REQUEST,
                        "nothing to roll back: " + root + " has no champion yet");
            }
            OptionalInt previous = ChampionLineage.previous(history.read(), current);
            if (previous.isEmpty()) {
                throw new RegistryException(RegistryException.Kind.INVALID_REQUEST, "nothing to roll back to: "
                        + VersionLabel.format(current.getAsInt()) + " is the first champion in the history of " + root);
            }
            ModelVersion target = store.find(previous.getAsInt()).orElseThrow(() -> new RegistryException(
                    RegistryException.Kind.UNKNOWN_VERSION, "cannot roll back to "
                    + VersionLabel.format(previous.getAsInt()) + ": its folder is gone from " + root));
            return moveAlias(HistoryAction.ROLLBACK, current, target, who, why, null, check);
        }
    }

    /**
     * Records that a challenger was judged and not promoted; the champion does not change.
     *
     * @param challenger the refused version
     * @param who        who decides; the OS user when null or blank
     * @param why        the reason, such as "AUC worse by 0.03"
     * @param metrics    the figures behind the decision; the challenger's manifest {@code metrics} when null
     * @return the history entry written
     */
    public HistoryEntry recordDecision(int challenger, String who, String why, JsonNode metrics) {
        try (RegistryLock lock = RegistryLock.acquire(root)) {
            ModelVersion refused = store.get(challenger);
            HistoryEntry entry = new HistoryEntry(clock.now(), whoOrUser(who), HistoryAction.REFUSE, alias.read(),
                    refused.number(), why, metrics == null ? refused.manifest().get("metrics") : metrics);
            history.append(entry);
            return entry;
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.IO_FAILURE,
                    "cannot append to the history in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Moves the alias, then records it; the caller holds the lock. */
    private HistoryEntry moveAlias(HistoryAction action, OptionalInt current, ModelVersion target, String who,
                                   String why, JsonNode metrics, Consumer<ModelVersion> check) {
        // Refuse to put a model in use that cannot be loaded: better now than in the server at start-up.
        check.accept(target);
        HistoryEntry entry = new HistoryEntry(clock.now(), whoOrUser(who), action, current, target.number(), why,
                metrics == null ? target.manifest().get("metrics") : metrics);
        try {
            alias.write(target.number());
            history.append(entry);
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.IO_FAILURE, "cannot " + action.word() + " "
                    + target.label() + " in " + root + ": " + e.getMessage(), e);
        }
        crash.reached(CrashPoint.Step.HISTORY_APPENDED);
        return entry;
    }

    private int nextNumber() {
        // Numbers are never reused, even when a version folder was deleted by hand: the history and the
        // alias may still name it, and they must not come to mean a different model.
        int highest = store.highestNumber();
        for (HistoryEntry entry : history.read()) {
            highest = Math.max(highest, Math.max(entry.to(), entry.from().orElse(0)));
        }
        return Math.max(highest, alias.read().orElse(0)) + 1;
    }

    private static String whoOrUser(String who) {
        if (who != null && !who.isBlank()) {
            return who.strip();
        }
        return System.getProperty("user.name", "unknown");
    }
}
