# cmake -DCLI=... -DSOURCE=... -DWORK=... [-DSHOTS=dir] -P report.cmake
# Writes the review report of the reference design (compared with the starter design) and of a
# design whose names and notes hold markup (tests/data/report/sales.infra.yaml), as HTML and
# PDF; Chromium parses each page (DOM dump) and screenshots it; pdftoppm renders the PDF pages.
# With -DSHOTS=DIR the screenshots are copied there (scripts/report-screenshots).
cmake_minimum_required(VERSION 3.25) # if() compares quoted strings as strings (CMP0054)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(examples ${SOURCE}/resources/examples)
set(reference ${examples}/django-reference.infra.yaml)
set(sales ${SOURCE}/tests/data/report/sales.infra.yaml)

find_program(CHROMIUM NAMES chromium chromium-browser)
if(NOT CHROMIUM)
    message(FATAL_ERROR "chromium is not installed (apt package chromium, in scripts/lib/apt-packages.txt): "
                        "the report's HTML cannot be opened in a browser")
endif()
find_program(PDFTOPPM pdftoppm)
if(NOT PDFTOPPM)
    message(FATAL_ERROR "pdftoppm is not installed (apt package poppler-utils, in scripts/lib/apt-packages.txt): "
                        "the report's PDF pages cannot be rendered")
endif()

function(cli code)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    if(NOT rc EQUAL code)
        message(FATAL_ERROR "infra-studio-cli ${ARGN}: exit ${rc}, expected ${code}\n${out}${err}")
    endif()
endfunction()

# Usage errors.
cli(2 report ${reference})
cli(2 report ${reference} -o ${WORK}/x.txt)
cli(2 report ${reference} -o ${WORK}/x.html --compare ${reference} --rev HEAD)
cli(1 report ${SOURCE}/tests/data/yamlio/errors/three-errors.yaml -o ${WORK}/x.html)
if(EXISTS ${WORK}/x.html)
    message(FATAL_ERROR "an invalid design still wrote a report")
endif()

cli(0 report ${reference} -o ${WORK}/reference.html --compare ${examples}/starter.infra.yaml)
cli(0 report ${sales} -o ${WORK}/sales.html)
cli(0 report ${reference} -o ${WORK}/reference.pdf --compare ${examples}/starter.infra.yaml)
cli(0 report ${sales} -o ${WORK}/sales.pdf)

# Self-contained: no external stylesheet, script or image.
foreach(name reference sales)
    file(READ ${WORK}/${name}.html html)
    foreach(bad "<script" "<link " "src=\"http" "href=\"http" "<?xml")
        string(FIND "${html}" "${bad}" at)
        if(NOT at EQUAL -1)
            message(FATAL_ERROR "${name}.html holds '${bad}' at ${at}: not self-contained or not escaped")
        endif()
    endforeach()
endforeach()

# Chromium: the DOM it builds from each page, then a screenshot.
set(profile ${WORK}/chromium-profile)
function(chromium name)
    execute_process(COMMAND ${CHROMIUM} --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run
                            --user-data-dir=${profile}-${name} --dump-dom file://${WORK}/${name}.html
                    RESULT_VARIABLE rc OUTPUT_VARIABLE dom ERROR_VARIABLE err TIMEOUT 120)
    if(NOT rc EQUAL 0 OR dom STREQUAL "")
        message(FATAL_ERROR "chromium --dump-dom ${name}.html: exit ${rc}\n${err}")
    endif()
    file(WRITE ${WORK}/${name}.dom.html "${dom}")
    set(dom "${dom}" PARENT_SCOPE)
    execute_process(COMMAND ${CHROMIUM} --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run
                            --hide-scrollbars --user-data-dir=${profile}-${name} --window-size=1280,2400
                            --screenshot=${WORK}/${name}.png file://${WORK}/${name}.html
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    if(NOT rc EQUAL 0 OR NOT EXISTS ${WORK}/${name}.png)
        message(FATAL_ERROR "chromium --screenshot ${name}.html: exit ${rc}\n${out}${err}")
    endif()
    file(SIZE ${WORK}/${name}.png size)
    file(READ ${WORK}/${name}.png head LIMIT 4 HEX)
    # A blank page compresses to a few kB; the report's text, tables and diagram do not.
    if(NOT head STREQUAL "89504e47" OR size LESS 60000)
        message(FATAL_ERROR "${name}.png is no screenshot of the report (header ${head}, ${size} bytes)")
    endif()
endfunction()

chromium(reference)
foreach(expected "<svg" "id=\"review\"" "id=\"findings\"" "id=\"cost\"" "id=\"capacity\"" "id=\"comparison\"" "pgBouncer"
                 "Self-verification checklist")
    string(FIND "${dom}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "Chromium's DOM of reference.html lacks '${expected}'")
    endif()
endforeach()

chromium(sales)
# The markup in the design's names and notes stayed text: Chromium made no element of it.
foreach(expected "<title>Review report: Sales &amp; &lt;Billing&gt; %1</title>"
                 "&lt;/div&gt;&lt;script&gt;alert('design')&lt;/script&gt;"
                 "Keep two tasks &lt;/td&gt;&lt;/tr&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- x --&gt; ]]&gt;"
                 "id=\"notes\"" "over budget")
    string(FIND "${dom}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "Chromium's DOM of sales.html lacks '${expected}'")
    endif()
endforeach()
foreach(bad "<script" "<b>not bold</b>" "id=\"comparison\"")
    string(FIND "${dom}" "${bad}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "Chromium's DOM of sales.html holds '${bad}'")
    endif()
endforeach()

# The PDFs: pages rendered to PNG.
foreach(name reference sales)
    file(READ ${WORK}/${name}.pdf head LIMIT 5 HEX)
    if(NOT head STREQUAL "255044462d") # %PDF-
        message(FATAL_ERROR "${name}.pdf is no PDF")
    endif()
    execute_process(COMMAND ${PDFTOPPM} -r 60 -png ${WORK}/${name}.pdf ${WORK}/${name}-page
                    RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 120)
    file(GLOB pages ${WORK}/${name}-page-*.png)
    list(LENGTH pages count)
    # The reference design's report is several pages long (review, findings, line items).
    if(name STREQUAL "reference")
        set(least 3)
    else()
        set(least 1)
    endif()
    if(NOT rc EQUAL 0 OR count LESS least)
        message(FATAL_ERROR "pdftoppm ${name}.pdf: exit ${rc}, ${count} pages\n${err}")
    endif()
endforeach()

if(SHOTS)
    file(COPY ${WORK}/reference.png ${WORK}/sales.png DESTINATION ${SHOTS})
    file(GLOB pages ${WORK}/reference-page-01.png ${WORK}/reference-page-02.png ${WORK}/reference-page-08.png)
    file(COPY ${pages} DESTINATION ${SHOTS})
endif()
