package dev.propensity.generate;

/** How the buyer says they decide (survey). */
enum DecisionStyle {
    ANALYTICAL("analytical"), INTUITIVE("intuitive"), CONSENSUS("consensus"), DIRECTIVE("directive");

    private final String text;

    DecisionStyle(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
