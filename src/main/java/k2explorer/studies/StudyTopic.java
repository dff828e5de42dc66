package k2explorer.studies;

/** What a study is about, for filtering the study catalog. */
public enum StudyTopic {
    BONE,
    CARDIOVASCULAR,
    PHARMACOLOGY,
    SAFETY,
    OTHER
}
