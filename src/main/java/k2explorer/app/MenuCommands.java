package k2explorer.app;

/** What the menu bar's items do; the menu only lays them out, with their names, ids and shortcuts. */
public interface MenuCommands {
    void print();

    void exportCatalog();

    void importMyFoods();

    void exportMyFoods();

    void importPlans();

    void exportPlans();

    void backUp();

    void restore();

    void quit();

    void preferences();

    void newMyFood();

    void editMyFood();

    void deleteMyFood();

    void keyboardHelp();

    void aboutData();

    void about();
}
