// libFuzzer entry point (built with clang -fsanitize=fuzzer by tests/fuzz/libfuzzer).
#include "designreaderfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Infra::fuzzDesignReader(data, size);
}
