# The diagram library (infradiagram): scene geometry and edge routing, the painter, the headless
# renderer (SVG, PNG), the component icons and the schema texts the node cards show. Needs only
# Qt Gui and Svg (and libpng, zlib), so infra-studio-cli draws diagrams without the widget, Quick and
# chart stacks; the ui library's canvas draws with the same code. Links core; never ui.
# Its sources sit in canvas/ beside the canvas that shares them (listed here, left out of the ui
# library's glob); included from ui/CMakeLists.txt.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Svg)
# The diagram's PNG (canvas/pngwriter.h): libpng writes the file (signature, IHDR, chunks and
# their CRCs); zlib deflates its rows in blocks on worker threads with a filter and level chosen
# for diagrams, which neither QImage::save() nor libpng's own row writer offers (libpng deflates
# on one thread). FindPNG finds zlib too.
find_package(PNG REQUIRED)
set_package_properties(PNG PROPERTIES TYPE REQUIRED PURPOSE "The diagram's PNG (the file format)")
find_package(ZLIB REQUIRED)
set_package_properties(ZLIB PROPERTIES TYPE REQUIRED PURPOSE "The diagram's PNG (its rows deflated in blocks)")

set(INFRA_DIAGRAM_SOURCES)
foreach(f canvas/componenticons canvas/diagramedge canvas/diagrampainter canvas/diagramrenderer
        canvas/diagramscene canvas/diagramstyle canvas/nodevisual canvas/pngwriter canvas/rectgrid canvas/reportrenderer canvas/svgwriter canvas/uniformrectindex schematext)
    list(APPEND INFRA_DIAGRAM_SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/${f}.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${f}.h)
endforeach()
list(APPEND INFRA_DIAGRAM_SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/schemastrings.cpp)
add_library(infradiagram STATIC ${INFRA_DIAGRAM_SOURCES})
target_include_directories(infradiagram PUBLIC ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/canvas)
target_link_libraries(infradiagram PUBLIC infracore Qt6::Gui Qt6::Svg PRIVATE PNG::PNG ZLIB::ZLIB)

# Our own component icons (resources/icons/*.svg), drawn for this project.
file(GLOB INFRA_ICONS RELATIVE ${PROJECT_SOURCE_DIR}/resources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/*.svg)
set(_icon_files)
foreach(f IN LISTS INFRA_ICONS)
    set_source_files_properties(${PROJECT_SOURCE_DIR}/resources/${f} PROPERTIES QT_RESOURCE_ALIAS ${f})
    list(APPEND _icon_files ${PROJECT_SOURCE_DIR}/resources/${f})
endforeach()
qt_add_resources(infradiagram infra_icons PREFIX / FILES ${_icon_files})
