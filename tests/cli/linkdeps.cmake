# infra-studio-cli draws diagrams with the diagram library alone (issue 19): its shared-library
# dependencies include Qt Gui and Svg but none of the studio's widget, Quick, chart, syntax
# highlighting or Graphviz libraries, so a command starts without loading them.
find_program(LDD ldd REQUIRED)
execute_process(COMMAND ${LDD} ${CLI} RESULT_VARIABLE rc OUTPUT_VARIABLE libs ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${CLI} exited ${rc}: ${errors}")
endif()
foreach(needed libQt6Core libQt6Gui libQt6Svg)
    if(NOT libs MATCHES "${needed}\\.so")
        message(FATAL_ERROR "infra-studio-cli should link ${needed} (does ldd work here?):\n${libs}")
    endif()
endforeach()
foreach(unwanted libQt6Widgets libQt6Quick libQt6QuickWidgets libQt6Qml libQt6PrintSupport libqcustomplot
        SyntaxHighlighting libgvc libcgraph)
    if(libs MATCHES "${unwanted}[^ ]*\\.so")
        message(FATAL_ERROR "infra-studio-cli links ${unwanted}, which only the studio needs:\n${libs}")
    endif()
endforeach()
