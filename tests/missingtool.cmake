# A test whose tool was not found when the build was configured: it fails and says why, so the
# check never drops out of the suite quietly (scripts/setup installs the tool; run it, then
# configure again). Used as: cmake -DWHY=... -P missingtool.cmake
message(FATAL_ERROR "${WHY}")
