package k2explorer.mine.plans;

/** How an amount in a day plan is given. */
public enum PlanUnit {
    GRAMS,
    SERVINGS
}
