package dev.propensity.server.retrain;

import dev.propensity.server.feedback.TestDatabase;
import java.nio.file.Path;

/** Retraining with activity events from a feedback store in a PostgreSQL schema of its own, dropped afterwards. */
class RetrainEventsPostgresTest extends RetrainEventsContract {
    @Override
    TestDatabase freshDatabase(Path folder) {
        return TestDatabase.postgres();
    }
}
