// Word tests the Korean chunker's files share: trailing punctuation, directional nouns.
#pragma once

#include <string>

namespace kg::ingest::ko_words {

// `s` without trailing punctuation that is not part of a word; *comma (when given) says
// whether a comma was among it.
std::string StripPunct(std::string s, bool* comma);
// Activity nouns whose bare modifier is a destination: 중국 수출 = exports to China.
bool IsDirectionalNoun(const std::string& stem);

}  // namespace kg::ingest::ko_words
