package dev.propensity.server.http;

import dev.propensity.server.report.LiveGrades;
import dev.propensity.server.report.ReportWindow;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /reports/live/grades?days=30}: conversion and won value by grade over the outcomes that came back (JSON). */
public final class GradeReportHandler implements Handler {
    private final LiveGrades grades;
    private final ScoreLog scoreLog;

    public GradeReportHandler(LiveGrades grades, ScoreLog scoreLog) {
        this.grades = grades;
        this.scoreLog = scoreLog;
    }

    @Override
    public void handle(Context ctx) throws InterruptedException {
        ReportWindow window = DaysParam.of(ctx);
        scoreLog.flush();
        ctx.json(grades.report(window));
    }
}
