// Word-level reading for the English surface rules (en_surface.cpp): words with their byte
// positions, the glue between list members, a span with its values left out, a clause's end.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "ingest/values.h"

namespace kg::ingest::surface {

struct Word {
  size_t begin, end;
  std::string lower;
};

// The words of `s` (letters, digits, apostrophes, inner hyphens, any non-ASCII), lowercased.
std::vector<Word> Words(const std::string& s);

bool OneOf(const std::string& w, std::initializer_list<const char*> list);

// Words that join the members of a list: ", ", "and", "or", "and the", ", and".
bool IsListGlue(const std::vector<Word>& words);

// s[begin, end) with the text of values (money, dates) left out: "invest $10 billion in India".
std::string WithoutValues(const std::string& s, size_t begin, size_t end,
                          const std::vector<ValueMention>& values);

// Where the clause that contains byte `from` ends: at ", and", ", but", ";", ", while" or the
// end of the sentence.
size_t ClauseEnd(const std::string& s, size_t from);

}  // namespace kg::ingest::surface
