package dev.propensity.registry;

/**
 * A hook called between the steps of a write, so that tests can stop an operation at each step (by
 * throwing) and check that what a crash there would leave behind is still a sound registry.
 * Production code uses {@link #NONE}.
 */
@FunctionalInterface
interface CrashPoint {
    /** Never interrupts. */
    CrashPoint NONE = step -> { };

    /** The steps at which an operation may be interrupted, in the order they are reached. */
    enum Step {
        PUBLISH_LOCKED(true),
        PUBLISH_FOLDER_CREATED(true),
        PUBLISH_MODEL_WRITTEN(true),
        PUBLISH_EXTRAS_WRITTEN(true),
        PUBLISH_MANIFEST_WRITTEN(true),
        PUBLISH_SEALED(true),
        PUBLISH_RENAMED(true),
        PROMOTE_LOCKED(false),
        ALIAS_TEMP_WRITTEN(false),
        ALIAS_MOVED(false),
        HISTORY_APPENDED(false);

        private final boolean publish;

        Step(boolean publish) {
            this.publish = publish;
        }

        /** True for the steps of publishing a version, false for those of moving the champion alias. */
        boolean isPublish() {
            return publish;
        }
    }

    /** Called when {@code step} is done; may throw to simulate a crash right after it. */
    void reached(Step step);
}
