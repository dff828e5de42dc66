package k2explorer.ui.common;


/** Moves the user between views: the links in panels, claims, studies and search results all go through it. */
public interface Navigator {
    void openFood(String foodId);

    void openStudy(String studyKey);

    void openClaim(String claimId);

    void openPanel(String panelId, String heading);

    void openWebPage(String url);

    /** Opens the Day plan with its week of K1 (the warfarin helper) in view. */
    void openPlanWeek();

    /** Shows the coverage chart with a study's dose as a clearly labelled study dose. */
    void showFoodsReaching(StudyDose dose);
}
