package dev.propensity.server.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldAliasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema TINY = SchemaReader.parse(read(TinyLeads.SCHEMA), null, "tiny");

    @TempDir
    Path folder;

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static FieldAliases aliases(String... lines) {
        return FieldAliases.parse("aliases file hubspot.aliases", List.of(lines));
    }

    @Test
    void aLeadInTheCrmsNamesIsRenamedToTheSchemasNames() {
        LeadFieldNames names = aliases("# HubSpot", "", "employees = company_size, CompanySize", "lead_id = hs_object_id")
                .bind(1, TINY);
        ObjectNode lead = (ObjectNode) read("{\"hs_object_id\": \"501\", \"CompanySize\": 80, \"industry\": \"Retail\"}");
        assertEquals(read("{\"lead_id\": \"501\", \"employees\": 80, \"industry\": \"Retail\"}"), names.canonical(lead));
        assertEquals(List.of("CompanySize", "company_size"), names.aliasesOf("employees"));
    }

    @Test
    void aLeadWithoutAliasesIsPassedThroughUntouched() {
        ObjectNode lead = (ObjectNode) read("{\"employees\": 80}");
        assertSame(lead, aliases("employees = company_size").bind(1, TINY).canonical(lead));
    }

    @Test
    void aFieldGivenUnderTwoOfItsNamesIsRefusedNamingBoth() {
        LeadFieldNames names = aliases("employees = company_size").bind(1, TINY);
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> names.canonical((ObjectNode) read("{\"employees\": 80, \"company_size\": 90}")));
        assertEquals("employees: given twice, as 'employees' and 'company_size'", e.getMessage());
    }

    @Test
    void anAliasGivenTwiceIsAnErrorNamingBothLines() {
        CrmMappingException e = assertThrows(CrmMappingException.class,
                () -> aliases("employees = company_size", "# industry", "industry = company_size"));
        assertEquals("aliases file hubspot.aliases line 3: alias 'company_size' is already given on line 1"
                + " (for 'employees')", e.getMessage());
    }

    @Test
    void anAliasNamingNoFieldOfTheModelIsAnErrorNamingTheLine() {
        FieldAliases aliases = aliases("employees = company_size", "employes = headcount");
        CrmMappingException e = assertThrows(CrmMappingException.class, () -> aliases.bind(4, TINY));
        assertEquals("aliases file hubspot.aliases line 2: 'employes' names no field of model v4 (its fields:"
                + " lead_id, industry, employees, requested_call, noise)", e.getMessage());
    }

    @Test
    void anAliasSpellingAnotherOfTheModelsFieldsCollides() {
        CrmMappingException e = assertThrows(CrmMappingException.class,
                () -> aliases("employees = noise").bind(1, TINY));
        assertEquals("aliases file hubspot.aliases line 1: alias 'noise' collides with the model's own field 'noise'",
                e.getMessage());
    }

    @Test
    void aLineThatIsNoMappingIsAnErrorNamingTheLine() {
        CrmMappingException e = assertThrows(CrmMappingException.class, () -> aliases("", "employees company_size"));
        assertEquals("aliases file hubspot.aliases line 2: expected 'field = alias, alias', got 'employees company_size'",
                e.getMessage());
        CrmMappingException empty = assertThrows(CrmMappingException.class, () -> aliases("employees = a,,b"));
        assertEquals("aliases file hubspot.aliases line 1: an empty alias for 'employees'", empty.getMessage());
    }

    @Test
    void theShippedHubSpotAndSalesforceFilesFitTheSampleSchema() {
        Schema sample = SchemaReader.read(Path.of("../datasets/synthetic.schema.json"));
        LeadFieldNames hubspot = FieldAliases.read(Path.of("../docs/crm/hubspot.aliases")).bind(1, sample);
        assertEquals("employees", hubspot.fieldOf("numberofemployees"));
        assertEquals("lead_id", hubspot.fieldOf("hs_object_id"));
        LeadFieldNames salesforce = FieldAliases.read(Path.of("../docs/crm/salesforce.aliases")).bind(1, sample);
        assertEquals("lead_source", salesforce.fieldOf("LeadSource"));
        assertEquals("industry", salesforce.fieldOf("Industry"));
    }

    @Test
    void aFileIsReadWithItsPathInMessages() throws IOException {
        Path file = Files.writeString(folder.resolve("crm.aliases"), "employees = company_size\nindustry\n");
        CrmMappingException e = assertThrows(CrmMappingException.class, () -> FieldAliases.read(file));
        assertEquals("aliases file " + file + " line 2: expected 'field = alias, alias', got 'industry'", e.getMessage());
        CrmMappingException missing = assertThrows(CrmMappingException.class,
                () -> FieldAliases.read(folder.resolve("nope.aliases")));
        assertEquals("aliases file " + folder.resolve("nope.aliases") + " does not exist", missing.getMessage());
    }
}
