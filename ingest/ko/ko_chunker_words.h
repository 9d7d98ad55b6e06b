// Word tests the Korean chunker's files share: trailing punctuation, postpositions,
// directional nouns.
#pragma once

#include <string>
#include <vector>

namespace kg::ingest {
struct Token;
}

namespace kg::ingest::ko_words {

// `s` without trailing punctuation that is not part of a word; *comma (when given) says
// whether a comma was among it.
std::string StripPunct(std::string s, bool* comma);
// The kind of postposition a word is ("means" for 통해, "about" for 대한, ...; ko_grammar.json),
// or null.
const char* PostpositionKind(const std::string& stem);
// Activity nouns whose bare modifier is a destination: 중국 수출 = exports to China.
bool IsDirectionalNoun(const std::string& stem);
// Whether the verb at tokens[pred] ends a clause no one asserts: a report it modifies (한다는
// 일부 보도) or a measure under deliberation (하는 방안을 검토 중). ko_unasserted_clauses.cpp.
bool UnassertedClause(const std::vector<Token>& tokens, int pred);

}  // namespace kg::ingest::ko_words
