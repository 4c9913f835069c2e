package dev.propensity.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account formula and buying roles on hand-computed cases. */
class NoisyOrTest {
    private static ContactScore contact(String id, String person, double p, boolean engaged, String title) {
        return new ContactScore(id, person, p, null, null, engaged, BuyingRole.of(title));
    }

    @Test
    void theAccountConvertsWhenAnyDistinctPersonDoes() {
        List<ContactScore> contacts = List.of(contact("L1", "a@x.com", 0.5, true, "CTO"),
                contact("L2", "b@x.com", 0.2, false, "IT Manager"),
                contact("L3", "a@x.com", 0.4, false, "CTO"));
        List<ContactScore> people = NoisyOr.distinctPeople(contacts);
        assertEquals(2, people.size());
        // 1 - (1 - 0.5)(1 - 0.2) = 0.6; the duplicate of a@x.com (0.4) does not count again.
        assertEquals(0.6, NoisyOr.combine(people), 1e-12);
        List<AccountScore.Driver> drivers = NoisyOr.drivers(people);
        double total = -Math.log(0.5) - Math.log(0.8);
        assertEquals("L1", drivers.get(0).leadId());
        assertEquals(-Math.log(0.5) / total, drivers.get(0).share(), 1e-12);
        assertEquals(-Math.log(0.8) / total, drivers.get(1).share(), 1e-12);
    }

    @Test
    void contactsWithoutAnIdentityCountAsPeopleOfTheirOwn() {
        List<ContactScore> people = NoisyOr.distinctPeople(List.of(contact(null, null, 0.1, false, null),
                contact(null, null, 0.1, false, null)));
        assertEquals(2, people.size());
        assertEquals(1 - 0.81, NoisyOr.combine(people), 1e-12);
    }

    @Test
    void titlesGiveSeniorityAndDepartment() {
        assertEquals(new BuyingRole("vp", "marketing"), BuyingRole.of("VP of Marketing"));
        assertEquals(new BuyingRole("c-level", "finance"), BuyingRole.of("CFO"));
        assertEquals(new BuyingRole("director", "engineering"), BuyingRole.of("Director of IT"));
        assertEquals(new BuyingRole("manager", "sales"), BuyingRole.of("Sales Manager"));
        assertEquals(new BuyingRole("student", "other"), BuyingRole.of("Student"));
        assertEquals(new BuyingRole("individual", "finance"), BuyingRole.of("Accountant"));
    }

    @Test
    void rolesNobodyEngagedAreTheOnesAStarburstShouldReach() {
        Map<String, Map<String, String>> roles = AccountRoles.coverage(List.of(
                contact("L1", "a", 0.3, true, "VP of Marketing"), contact("L2", "b", 0.1, false, "Director of Finance")));
        assertEquals("engaged", roles.get("seniority").get("vp"));
        assertEquals("not engaged", roles.get("seniority").get("director"));
        assertEquals("no contact", roles.get("seniority").get("c-level"));
        assertEquals("engaged", roles.get("department").get("marketing"));
        assertEquals("not engaged", roles.get("department").get("finance"));
        List<String> missing = AccountRoles.notEngaged(roles);
        assertEquals(List.of("seniority c-level", "seniority director", "seniority manager", "department executive",
                "department sales", "department engineering", "department operations", "department finance"), missing);
    }
}
