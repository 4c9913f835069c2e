package dev.propensity.server.retrain;

import dev.propensity.server.feedback.TestDatabase;
import java.nio.file.Path;

/** Retraining from a feedback store in a SQLite file. */
class RetrainSqliteTest extends RetrainContract {
    @Override
    TestDatabase freshDatabase(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
