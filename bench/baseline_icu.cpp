// ICU-only read + NFC + sentence split, file by file (UTF-8 -> UTF-16 once, as ICU's
// normaliser and break iterator want it).
#include "bench/baseline_icu.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace kg::bench {

IcuBaselineResult RunIcuBaseline(const std::vector<std::string>& files) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "error: ICU: %s\n", u_errorName(status));
    std::exit(1);
  }
  IcuBaselineResult r;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    std::string bytes = buf.str();
    r.bytes += bytes.size();
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(bytes);
    if (text.indexOf(static_cast<char16_t>(0xFFFD)) >= 0) {
      std::fprintf(stderr, "error: %s is not valid UTF-8\n", path.c_str());
      std::exit(1);
    }
    icu::UnicodeString normal = nfc->normalize(text, status);
    sentences->setText(normal);
    for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next()) {
      ++r.sentences;
    }
    std::string out;
    normal.toUTF8String(out);  // back to the UTF-8 kg works in
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "error: ICU: %s\n", u_errorName(status));
      std::exit(1);
    }
  }
  return r;
}

}  // namespace kg::bench
