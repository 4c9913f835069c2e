package dev.propensity.server.retrain;

import dev.propensity.server.feedback.TestDatabase;
import java.nio.file.Path;

/** Retraining from a feedback store in a PostgreSQL schema of its own, dropped afterwards. */
class RetrainPostgresTest extends RetrainContract {
    @Override
    TestDatabase freshDatabase(Path folder) {
        return TestDatabase.postgres();
    }
}
