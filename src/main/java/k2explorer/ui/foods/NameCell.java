package k2explorer.ui.foods;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.TooltipCell;

/**
 * A food's name, elided when the column is narrow with the whole name on hover, and a small tag for what is not an
 * everyday food (fortified, experimental, special product, dried herb) or a food with only reported totals. A family
 * row gets no tag: its Sources column already starts with "N sources", and the name needs the room; the tooltip
 * explains the spread. The name comes first and keeps its room: the tag gets what is left of the column beside the
 * whole name (shortened, or left out, when there is little), never the other way round.
 */
final class NameCell extends TooltipCell<FoodRow, String> {
    private static final String TAG_STYLE = "name-tag";
    /** Below this room (in ems) the tag is left out; the tooltip still says it. */
    private static final double MIN_TAG_EMS = 2.5;
    private final Text measure = new Text();
    /** Made on first use and kept: a cell shows rows with and without a tag as the user scrolls and types. */
    private Label tagLabel;
    /** The tag shown for the current row, or null. */
    private Label shownTag;

    NameCell() {
        // The tag after the name, set once for the cell rather than again with every row it shows.
        setContentDisplay(ContentDisplay.RIGHT);
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        FoodRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || name == null) {
            setText(null);
            shownTag = null;
            setGraphic(null);
            setTooltipText((String) null);
            return;
        }
        setText(name);
        String tag = tag(row);
        shownTag = tag == null ? null : tagLabel(tag);
        setGraphic(shownTag);
        boolean explained = tag != null || row.family() != null;
        setTooltipText(explained ? () -> Messages.get("foods.name.tooltip", name, tagExplained(row)) : () -> name);
    }

    private Label tagLabel(String tag) {
        if (tagLabel == null) {
            tagLabel = new Label();
            tagLabel.getStyleClass().add(TAG_STYLE);
            tagLabel.setMinWidth(0);
        }
        tagLabel.setText(tag);
        return tagLabel;
    }

    @Override
    protected void layoutChildren() {
        Label shown = shownTag;
        if (shown != null && getText() != null) {
            measure.setFont(getFont());
            measure.setText(getText());
            double room = getWidth() - snappedLeftInset() - snappedRightInset() - getGraphicTextGap()
                    - measure.getLayoutBounds().getWidth();
            shown.setPrefWidth(Region.USE_COMPUTED_SIZE);
            double natural = shown.prefWidth(-1);
            boolean fits = room >= MIN_TAG_EMS * getFont().getSize();
            shown.setPrefWidth(fits ? Math.min(natural, room) : 0);
            shown.setVisible(fits);
        }
        super.layoutChildren();
    }

    private static String tag(FoodRow row) {
        if (row.family() != null) {
            return null;
        }
        if (row.food().exclusion() != null) {
            return EnumLabels.of(row.food().exclusion());
        }
        return row.reportedOnly() ? Messages.get("foods.tag.reportedOnly") : null;
    }

    private static String tagExplained(FoodRow row) {
        if (row.family() != null) {
            return Messages.get("foods.tag.sources.tooltip", row.foods().size(), row.food().name());
        }
        if (row.food().exclusion() != null) {
            return Messages.get("foods.tag.excluded.tooltip", EnumLabels.of(row.food().exclusion()));
        }
        return Messages.get("foods.tag.reportedOnly.tooltip");
    }
}
