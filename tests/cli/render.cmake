# infra-studio-cli render and export --only diagram (GUI builds): the diagram comes out as a
# real SVG and PNG through the canvas's renderer, and an unsupported extension is a usage error.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(design ${SOURCE}/resources/examples/django-reference.infra.yaml)

execute_process(COMMAND ${CLI} render ${design} --out ${WORK}/d.svg RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "render to SVG exited ${rc}")
endif()
file(READ ${WORK}/d.svg svg)
if(NOT svg MATCHES "<svg" OR NOT svg MATCHES "pgBouncer")
    message(FATAL_ERROR "render wrote no SVG with the design's components")
endif()

# Under a limit on address space (ulimit -v) well above what a render of the reference needs
# but below the heap reserve of io/heappages.h (256 MiB, taken only where it is granted), the
# render still succeeds, with the same bytes: malloc grows the heap in its usual steps there.
find_program(SH_TOOL sh)
if(SH_TOOL)
    execute_process(COMMAND ${SH_TOOL} -c "ulimit -v 250000 && exec \"$0\" render \"$1\" --out \"$2\""
                            ${CLI} ${design} ${WORK}/limited.svg
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE limitedErr)
    file(READ ${WORK}/d.svg whole)
    if(EXISTS ${WORK}/limited.svg)
        file(READ ${WORK}/limited.svg limited)
    else()
        set(limited "")
    endif()
    if(NOT rc EQUAL 0 OR NOT limited STREQUAL whole)
        message(FATAL_ERROR "render under ulimit -v 250000 exited ${rc} (or wrote other bytes): ${limitedErr}")
    endif()
endif()

execute_process(COMMAND ${CLI} render ${design} --out ${WORK}/d.png RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
file(READ ${WORK}/d.png head LIMIT 4 HEX)
if(NOT rc EQUAL 0 OR NOT head STREQUAL "89504e47")
    message(FATAL_ERROR "render to PNG exited ${rc}, header ${head}")
endif()

execute_process(COMMAND ${CLI} render ${design} --out ${WORK}/d.jpg RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 2)
    message(FATAL_ERROR "render to .jpg should be a usage error (2), was ${rc}")
endif()

execute_process(COMMAND ${CLI} export ${design} --out ${WORK}/repo --only diagram RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
foreach(f diagram.svg diagram.png)
    if(NOT rc EQUAL 0 OR NOT EXISTS ${WORK}/repo/docs/architecture/${f})
        message(FATAL_ERROR "export --only diagram (exit ${rc}) did not write docs/architecture/${f}")
    endif()
endforeach()

# The PNG (deflated in blocks on worker threads, ui/canvas/pngwriter.h) as other tools read it:
# file(1) names an RGB PNG of the diagram's size, and ImageMagick decodes it (both when present;
# tst_diagramscene checks the pixels, the CRCs and the zlib stream itself).
find_program(FILE_TOOL file)
if(FILE_TOOL)
    execute_process(COMMAND ${FILE_TOOL} -b ${WORK}/repo/docs/architecture/diagram.png OUTPUT_VARIABLE kind RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT kind MATCHES "^PNG image data, [0-9]+ x [0-9]+, 8-bit/color RGB, non-interlaced")
        message(FATAL_ERROR "file(1) on the exported PNG: ${kind}")
    endif()
endif()
find_program(IDENTIFY_TOOL identify)
if(IDENTIFY_TOOL)
    execute_process(COMMAND ${IDENTIFY_TOOL} -regard-warnings -format "%m %wx%h %[type]" ${WORK}/repo/docs/architecture/diagram.png
                    OUTPUT_VARIABLE identified ERROR_VARIABLE problems RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT identified MATCHES "^PNG [0-9]+x[0-9]+" OR NOT problems STREQUAL "")
        message(FATAL_ERROR "ImageMagick on the exported PNG (exit ${rc}): ${identified} ${problems}")
    endif()
endif()
