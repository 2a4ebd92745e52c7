#pragma once

#include <cstddef>
#include <cstdint>

namespace Infra {

// The fuzz entry point over the design reader, shared by the libFuzzer target and the
// deterministic mutation driver. Aborts (so both harnesses report a crash) when the
// reader breaks its contract: the result must be a design or at least one error, every
// error inside the input, errors sorted; a design must survive save → load → save
// unchanged.
int fuzzDesignReader(const std::uint8_t *data, std::size_t size);

} // namespace Infra
