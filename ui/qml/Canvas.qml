import QtQuick
import InfraStudio.Canvas

// The diagram canvas: declarative layout and look only; every gesture calls the
// CanvasController (C++), which pushes undo commands on the document.
Item {
    id: root

    property CanvasController controller: null
    readonly property string kindMimeType: "application/x-infra-component-kind"

    focus: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Design canvas")
    Accessible.description: qsTr("Tab and Shift+Tab select the next and previous component, Enter edits it in the inspector, Escape clears the selection, arrow keys pan")

    function syncViewport() {
        if (controller)
            controller.setViewportSize(width, height)
    }
    onWidthChanged: syncViewport()
    onHeightChanged: syncViewport()
    onControllerChanged: syncViewport()

    EdgeLayer {
        anchors.fill: parent
        controller: root.controller
    }

    MouseArea {
        id: background

        property bool panning: false
        property point last

        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.MiddleButton | Qt.RightButton
        onPressed: mouse => {
            root.forceActiveFocus()
            if (mouse.button === Qt.MiddleButton
                    || (mouse.button === Qt.LeftButton && (mouse.modifiers & Qt.AltModifier))) {
                panning = true
                last = Qt.point(mouse.x, mouse.y)
            } else if (mouse.button === Qt.LeftButton) {
                root.controller.beginRubberBand(mouse.x, mouse.y, mouse.modifiers)
            } else {
                root.controller.requestContextMenu(mouse.x, mouse.y)
            }
        }
        onPositionChanged: mouse => {
            if (panning) {
                root.controller.panBy(mouse.x - last.x, mouse.y - last.y)
                last = Qt.point(mouse.x, mouse.y)
            } else if (pressedButtons & Qt.LeftButton) {
                root.controller.updateRubberBand(mouse.x, mouse.y)
            }
        }
        onReleased: mouse => {
            if (panning)
                panning = false
            else if (mouse.button === Qt.LeftButton)
                root.controller.endRubberBand()
        }
        onWheel: wheel => {
            if (wheel.modifiers & Qt.ShiftModifier)
                root.controller.panBy(wheel.angleDelta.y / 4, 0)
            else
                root.controller.zoomAt(Math.pow(1.0015, wheel.angleDelta.y), wheel.x, wheel.y)
        }
    }

    PinchHandler {
        property real previous: 1

        target: null
        onActiveChanged: previous = 1
        onActiveScaleChanged: {
            root.controller.zoomAt(activeScale / previous, centroid.position.x, centroid.position.y)
            previous = activeScale
        }
    }

    Item {
        id: nodeLayer

        x: root.controller ? root.controller.panX : 0
        y: root.controller ? root.controller.panY : 0

        Repeater {
            id: nodes

            model: root.controller ? root.controller.nodes : null
            delegate: NodeItem {
                required property var model

                controller: root.controller
                componentId: model.componentId ?? ""
                revision: model.revision ?? 0
                Accessible.role: Accessible.Button
                Accessible.name: model.name ?? ""
                // Only while an assistive technology is active (CanvasController::describing).
                Accessible.description: root.controller && root.controller.describing ? root.controller.accessibleDescription(componentId, revision) : ""
                x: (model.sceneX - root.controller.nodeMargin) * root.controller.zoom
                y: (model.sceneY - root.controller.nodeMargin) * root.controller.zoom
                width: (root.controller.nodeWidth + 2 * root.controller.nodeMargin) * root.controller.zoom
                height: (root.controller.nodeHeight + 2 * root.controller.nodeMargin) * root.controller.zoom
                note: model.note ?? ""
                noteBadgeComponent: noteBadgeTemplate
                z: noteBadge && noteBadge.hovered ? 1 : 0
            }
        }
    }

    // The badge of a component's note on its card's top-right corner, made by the node (its
    // parent item) only while there is a note; hovering shows the text (the inspector edits it).
    Component {
        id: noteBadgeTemplate

        Rectangle {
            id: badge

            objectName: "noteBadge"
            readonly property string note: parent ? parent.note : ""
            readonly property bool hovered: noteHover.hovered
            width: Math.max(14, 20 * root.controller.zoom)
            height: width
            radius: width / 4
            x: (parent ? parent.width : 0) - root.controller.nodeMargin * root.controller.zoom - width * 0.7
            y: root.controller.nodeMargin * root.controller.zoom - height * 0.3
            color: "#fff4c2"
            border.color: "#b08800"
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Note: %1").arg(note)

            Text {
                anchors.centerIn: parent
                text: "\u270E"
                color: "#5c4600"
                font.pixelSize: parent.height * 0.7
            }
            HoverHandler {
                id: noteHover
            }
            Rectangle {
                visible: noteHover.hovered
                x: parent.width + 4
                y: 0
                width: Math.min(260, noteText.implicitWidth + 12)
                height: noteText.implicitHeight + 8
                color: "#fffbe6"
                border.color: "#b08800"
                Text {
                    id: noteText
                    x: 6
                    y: 4
                    width: 248
                    text: badge.note
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: "#24292f"
                    font.pixelSize: 12
                }
            }
        }
    }

    Rectangle {
        visible: root.controller && root.controller.rubberBand.width > 0
        x: root.controller ? root.controller.rubberBand.x : 0
        y: root.controller ? root.controller.rubberBand.y : 0
        width: root.controller ? root.controller.rubberBand.width : 0
        height: root.controller ? root.controller.rubberBand.height : 0
        color: "#221f6feb"
        border.color: "#1f6feb"
    }

    // The legend opens from a small button in the lower left corner (View → Show Legend too),
    // so that it covers the diagram only when asked for.
    Rectangle {
        id: legendButton

        objectName: "legendButton"
        visible: nodes.count > 0
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 10
        width: legendLabel.implicitWidth + 16
        height: legendLabel.implicitHeight + 8
        radius: height / 2
        color: legendArea.containsMouse ? "#e8eef8" : "#f0ffffff"
        border.color: "#c3c9d2"
        Accessible.role: Accessible.CheckBox
        Accessible.name: qsTr("Legend")
        Accessible.checkable: true
        Accessible.checked: root.controller ? root.controller.legendVisible : false

        Text {
            id: legendLabel

            anchors.centerIn: parent
            text: qsTr("Legend")
            font.pixelSize: 12
            color: "#1d232b"
        }

        MouseArea {
            id: legendArea

            anchors.fill: parent
            hoverEnabled: true
            onClicked: root.controller.legendVisible = !root.controller.legendVisible
        }
    }

    CanvasLegend {
        objectName: "legend"
        controller: root.controller
        visible: root.controller && root.controller.legendVisible && nodes.count > 0
        anchors.left: parent.left
        anchors.bottom: legendButton.top
        anchors.leftMargin: 10
        anchors.bottomMargin: 4
        width: implicitWidth
        height: implicitHeight
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Legend")
        Accessible.description: entries.join(", ")
    }

    CanvasMinimap {
        objectName: "minimap"
        controller: root.controller
        // Only when part of the design is out of view: at fit there is nowhere to go.
        visible: root.controller && root.controller.minimapVisible && !root.controller.wholeDesignVisible && nodes.count > 0
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 10
        width: Math.min(180, root.width / 5)
        height: width * 0.65
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Minimap")
        Accessible.description: qsTr("The whole design small, shown while part of it is out of view; click or drag to move the view there")
    }

    Text {
        anchors.centerIn: parent
        visible: nodes.count === 0
        text: qsTr("Drag components from the palette onto the canvas")
        color: "#5b6572"
        font.pixelSize: 15
    }

    DropArea {
        anchors.fill: parent
        keys: [root.kindMimeType]
        onDropped: drop => {
            if (root.controller.dropKind(drop.getDataAsString(root.kindMimeType), drop.x, drop.y))
                drop.acceptProposedAction()
        }
    }

    Keys.onPressed: event => {
        const step = 60
        if (event.key === Qt.Key_Left)
            root.controller.panBy(step, 0)
        else if (event.key === Qt.Key_Right)
            root.controller.panBy(-step, 0)
        else if (event.key === Qt.Key_Up)
            root.controller.panBy(0, step)
        else if (event.key === Qt.Key_Down)
            root.controller.panBy(0, -step)
        else
            return
        event.accepted = true
    }
}
