// Word forms the English extractor decides with WordNet: a headline's title case, a verb's
// lemma, a past participle ("founded"), a verb that can head a main clause ("declined",
// "will"). Kept apart from en_extract.cpp, which reads clauses, so each file stays one concern.
#pragma once

#include <string>
#include <vector>

#include "ingest/extraction.h"

namespace kg::ingest {

// `s` with ASCII letters lower-cased (English words; other bytes kept).
std::string LowerAscii(std::string s);
// The words of an English text: runs of letters, digits, hyphens and apostrophes.
std::vector<std::string> WordsOf(const std::string& s);
// A title-case line without a final stop: a headline, whose capitals are not names.
bool IsHeadline(const Sentence& s);
// The word of letters and hyphens starting at byte `at` of `s`; `*end` is where it ends.
std::string LetterWordAt(const std::string& s, size_t at, size_t* end);
// `word` lemmatised as a verb or a noun.
std::string Lemma(const std::string& word, bool verb);
// "founded", "built": a verb form WordNet reads back to another lemma, not a present form.
bool IsParticiple(const std::string& w);
// "launched", "declined", "will": a verb form that can head a main clause.
bool IsFiniteVerb(const std::string& w);

}  // namespace kg::ingest
