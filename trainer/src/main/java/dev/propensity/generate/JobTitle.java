package dev.propensity.generate;

/** The contact titles the export holds; seniority and department can be read off each. */
enum JobTitle {
    CEO("CEO", Seniority.C_LEVEL, Department.EXECUTIVE),
    CTO("CTO", Seniority.C_LEVEL, Department.ENGINEERING),
    CFO("CFO", Seniority.C_LEVEL, Department.FINANCE),
    CMO("CMO", Seniority.C_LEVEL, Department.MARKETING),
    COO("COO", Seniority.C_LEVEL, Department.OPERATIONS),
    CIO("CIO", Seniority.C_LEVEL, Department.ENGINEERING),
    VP_MARKETING("VP of Marketing", Seniority.VP, Department.MARKETING),
    VP_SALES("VP of Sales", Seniority.VP, Department.SALES),
    VP_ENGINEERING("VP of Engineering", Seniority.VP, Department.ENGINEERING),
    VP_OPERATIONS("VP of Operations", Seniority.VP, Department.OPERATIONS),
    VP_FINANCE("VP of Finance", Seniority.VP, Department.FINANCE),
    HEAD_OF_SALES("Head of Sales", Seniority.DIRECTOR, Department.SALES),
    HEAD_OF_MARKETING("Head of Marketing", Seniority.DIRECTOR, Department.MARKETING),
    HEAD_OF_DATA("Head of Data", Seniority.DIRECTOR, Department.ENGINEERING),
    IT_DIRECTOR("Director of IT", Seniority.DIRECTOR, Department.ENGINEERING),
    OPERATIONS_DIRECTOR("Director of Operations", Seniority.DIRECTOR, Department.OPERATIONS),
    FINANCE_DIRECTOR("Director of Finance", Seniority.DIRECTOR, Department.FINANCE),
    HR_DIRECTOR("HR Director", Seniority.DIRECTOR, Department.PEOPLE),
    MARKETING_MANAGER("Marketing Manager", Seniority.MANAGER, Department.MARKETING),
    SALES_MANAGER("Sales Manager", Seniority.MANAGER, Department.SALES),
    IT_MANAGER("IT Manager", Seniority.MANAGER, Department.ENGINEERING),
    OPERATIONS_MANAGER("Operations Manager", Seniority.MANAGER, Department.OPERATIONS),
    PRODUCT_MANAGER("Product Manager", Seniority.MANAGER, Department.ENGINEERING),
    FINANCE_MANAGER("Finance Manager", Seniority.MANAGER, Department.FINANCE),
    HR_MANAGER("HR Manager", Seniority.MANAGER, Department.PEOPLE),
    SOFTWARE_ENGINEER("Software Engineer", Seniority.INDIVIDUAL, Department.ENGINEERING),
    DATA_ANALYST("Data Analyst", Seniority.INDIVIDUAL, Department.ENGINEERING),
    MARKETING_SPECIALIST("Marketing Specialist", Seniority.INDIVIDUAL, Department.MARKETING),
    SALES_REPRESENTATIVE("Sales Representative", Seniority.INDIVIDUAL, Department.SALES),
    ACCOUNT_EXECUTIVE("Account Executive", Seniority.INDIVIDUAL, Department.SALES),
    BUSINESS_ANALYST("Business Analyst", Seniority.INDIVIDUAL, Department.OPERATIONS),
    ACCOUNTANT("Accountant", Seniority.INDIVIDUAL, Department.FINANCE),
    CONSULTANT("Consultant", Seniority.INDIVIDUAL, Department.OTHER),
    STUDENT("Student", Seniority.STUDENT, Department.OTHER),
    INTERN("Intern", Seniority.STUDENT, Department.OTHER);

    private final String text;
    private final Seniority seniority;
    private final Department department;

    JobTitle(String text, Seniority seniority, Department department) {
        this.text = text;
        this.seniority = seniority;
        this.department = department;
    }

    String text() {
        return text;
    }

    Seniority seniority() {
        return seniority;
    }

    Department department() {
        return department;
    }
}
