package dev.propensity.server.retrain;

import dev.propensity.server.feedback.TestDatabase;
import java.nio.file.Path;

/** Retraining with activity events from a feedback store in a SQLite file. */
class RetrainEventsSqliteTest extends RetrainEventsContract {
    @Override
    TestDatabase freshDatabase(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
