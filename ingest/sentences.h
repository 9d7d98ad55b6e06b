// From document text to sentences: Unicode normalisation, line classification (footnote
// notes, definition lines "X: ...", boilerplate such as tables of links and blog footers),
// sentence splitting that never cuts inside quotes, brackets or decimals, the document's
// language and the date it is written on (from footers and bylines).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/values.h"

namespace kg::ingest {

// NFC; middle-dot variants to '·'; full-width ASCII to ASCII; odd spaces to ' '; CRLF to LF.
// REQUIRES: valid UTF-8.
std::string NormalizeText(std::string_view text);

// "ko" when Hangul is a real part of the letters, else "en".
std::string DetectLanguage(std::string_view text);

struct SplitDocument {
  std::vector<Sentence> sentences;  // numbered from 1, boilerplate left out
  DocDate date;                     // latest full date in footers/bylines, if any
};

// REQUIRES: normalised text.
SplitDocument Split(std::string_view text, const std::string& language);

}  // namespace kg::ingest
