package k2explorer.ui.learn;

import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import k2explorer.i18n.Messages;

/** A small drawn diagram: vitamin K drives carboxylation, which activates osteocalcin (bone) and MGP (arteries). */
public final class CarboxylationDiagram extends Pane {

    public CarboxylationDiagram() {
        setId("carboxylationDiagram");
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(Messages.get("diagram.description"));
        getStyleClass().add("diagram");
        setPrefSize(620, 250);
        setMinSize(620, 250);
        box(10, 95, 130, 60, Messages.get("diagram.vitamin"), "diagram-vitamin");
        box(190, 95, 150, 60, Messages.get("diagram.step"), "diagram-step");
        box(400, 10, 210, 60, Messages.get("diagram.bone"), "diagram-bone");
        box(400, 95, 210, 60, Messages.get("diagram.artery"), "diagram-artery");
        box(400, 180, 210, 60, Messages.get("diagram.clotting"), "diagram-clotting");
        arrow(140, 125, 190, 125);
        arrow(340, 115, 400, 40);
        arrow(340, 125, 400, 125);
        arrow(340, 135, 400, 210);
    }

    private void box(double x, double y, double w, double h, String label, String style) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setArcWidth(14);
        r.setArcHeight(14);
        r.getStyleClass().addAll("diagram-box", style);
        Text t = new Text(label);
        t.setTextAlignment(TextAlignment.CENTER);
        t.setTextOrigin(VPos.CENTER);
        t.setWrappingWidth(w - 10);
        t.setX(x + 5);
        t.setY(y + h / 2 - 8);
        t.getStyleClass().add("diagram-text");
        getChildren().addAll(r, t);
    }

    private void arrow(double x1, double y1, double x2, double y2) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add("diagram-arrow");
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 9;
        Polygon head = new Polygon(x2, y2,
                x2 - size * Math.cos(angle - Math.PI / 7), y2 - size * Math.sin(angle - Math.PI / 7),
                x2 - size * Math.cos(angle + Math.PI / 7), y2 - size * Math.sin(angle + Math.PI / 7));
        head.getStyleClass().add("diagram-arrow-head");
        line.setStroke(Color.GRAY);
        head.setFill(Color.GRAY);
        getChildren().addAll(line, head);
    }
}
