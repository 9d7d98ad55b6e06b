// A definition line whose term is a name followed by Korean words ("가온 입점: 지난달 가온과
// 제휴를 맺고 ...", "누리 픽업: 누리와 손잡고 ...") heads a list item with a label saying what
// was done with that name, not a name being defined: the body names the name again where it
// takes part, so the label is no subject or object of the body. The mention finder already
// drops labels made only of words of the language and Latin acronyms (현재 상황, MCP 활용);
// this reads one that opens with a name the document knows and the dictionary may not.
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

bool KoreanExtractor::Impl::LabelTopic(const std::string& topic) const {
  if (sentence.kind != Sentence::Kind::kDefinition) return false;
  // The longest run of words from the start that is a known name, other than the term itself.
  const int whole = ents->Find(topic);
  int name = -1;
  size_t name_end = std::string::npos;
  for (size_t at = topic.find(' '); at != std::string::npos; at = topic.find(' ', at + 1)) {
    int e = ents->Find(topic.substr(0, at));
    if (e >= 0 && e != whole) name = e, name_end = at;
  }
  if (name < 0) return false;
  // The words after it Hangul only, the last no noun that says what kind of name the phrase is
  // (가온 프로젝트, 누리 센터 name things).
  std::string rest = topic.substr(name_end + 1);
  for (char32_t ch : ToCodePoints(rest)) {
    if (!IsHangulSyllable(ch) && ch != ' ') return false;
  }
  std::string last = rest.substr(rest.rfind(' ') == std::string::npos ? 0 : rest.rfind(' ') + 1);
  if (!x.lexicon_.ClassifierType("ko_after_name", last).empty() ||
      !x.lexicon_.ClassifierSuffixType("ko_name_suffix", last).empty()) {
    return false;
  }
  // The body names the name on its own.
  for (const Mention& m : mentions) {
    if (m.entity == name && m.begin >= sentence.body_begin) return true;
  }
  return false;
}

}  // namespace kg::ingest
