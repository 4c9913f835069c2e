package dev.propensity.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Builds small named data sets for tests, with a known logistic truth: a CSV of leads plus its schema file.
 * The truth: log-odds = -1 + 1.2 * [industry = software] - 0.8 * [industry = retail] + 0.9 * z(log employees)
 * + 1.0 * requested_call.
 */
public final class TinyLeads {
    private TinyLeads() {
    }

    public static final String SCHEMA = """
            {
              "name": "tiny",
              "data": "leads.csv",
              "id": "lead_id",
              "label": {"column": "outcome", "positive": "won"},
              "features": [
                {"name": "industry", "kind": "categorical", "group": "fit"},
                {"name": "employees", "kind": "numeric", "group": "fit"},
                {"name": "requested_call", "kind": "boolean", "group": "intent"},
                {"name": "noise", "kind": "numeric", "group": "engagement"}
              ],
              "exclude": [{"name": "stage", "reason": "leakage: known after the outcome"}]
            }
            """;

    /** Writes {@code schema.json} and {@code leads.csv} with {@code rows} leads into {@code folder}. */
    public static Path write(Path folder, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        String[] industries = {"Software", " software", "Retail", "Health", "SOFTWARE", "Finance"};
        StringBuilder csv = new StringBuilder("lead_id,industry,employees,requested_call,noise,stage,outcome\n");
        for (int i = 0; i < rows; i++) {
            String industry = random.nextDouble() < 0.05 ? "" : industries[random.nextInt(industries.length)];
            double employees = Math.exp(3 + 1.5 * random.nextGaussian());
            boolean call = random.nextDouble() < 0.3;
            double noise = random.nextGaussian();
            String norm = industry.strip().toLowerCase(Locale.ROOT);
            double z = -1 + (norm.equals("software") ? 1.2 : 0) - (norm.equals("retail") ? 0.8 : 0)
                    + 0.9 * ((Math.log1p(employees) - 3) / 1.5) + (call ? 1.0 : 0);
            boolean won = random.nextDouble() < 1 / (1 + Math.exp(-z));
            csv.append(String.format(Locale.ROOT, "L%05d,\"%s\",%.0f,%s,%.4f,%s,%s%n", i, industry, employees,
                    call ? "yes" : "no", noise, won ? "Closed Won" : "Closed Lost", won ? "won" : "lost"));
        }
        Files.writeString(folder.resolve("leads.csv"), csv.toString());
        Path schema = folder.resolve("schema.json");
        Files.writeString(schema, SCHEMA);
        return schema;
    }
}
