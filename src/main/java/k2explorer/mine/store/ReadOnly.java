package k2explorer.mine.store;

/** Why the user data opens read-only: the status to report and the reason, in the user's words. */
record ReadOnly(UserDataStore.Status status, String why) {
}
