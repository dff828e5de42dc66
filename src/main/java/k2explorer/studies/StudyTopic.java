package k2explorer.studies;

import k2explorer.i18n.Messages;

/** What a study is about, for filtering the study catalog. */
public enum StudyTopic {
    BONE,
    CARDIOVASCULAR,
    PHARMACOLOGY,
    SAFETY,
    OTHER;

    public String label() {
        return Messages.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
