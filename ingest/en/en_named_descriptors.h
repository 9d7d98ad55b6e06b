// A name a naming word introduces right after a common noun ("The venture, called X,", "a new
// unit named X"): the noun describes the name, so a later "the venture" points back to X
// (DefiniteHeads). Kept apart from en_anaphora.cpp so the head table stays one job.
#pragma once

#include <cstddef>
#include <string>

#include "ingest/en/en_words.h"

namespace kg::ingest {

// The singular lower-case noun before a naming word right before byte `at` of `text` (commas,
// spaces and emphasis marks between them), or "" when the name does not follow one.
std::string NamedDescriptorHead(const std::string& text, size_t at, const EnglishWords& words);

}  // namespace kg::ingest
