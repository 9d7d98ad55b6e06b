// "서지우 전 보건복지부 차관", "오상민 전 LG화학 부사장": news writing marks a title held
// before with 전 (former) between the person and the organisation of the title. The person is
// named as in "이재용 삼성전자 회장" once the marker is set aside; the marker words are data
// (ko_grammar.json former_title_words).
#include "ingest/ko/ko_grammar.h"
#include "ingest/mentions/mention_finder_impl.h"

namespace kg::ingest {

void MentionFinder::Impl::FormerTitledPersons(const std::vector<Token>& tokens) {
  const std::vector<std::string>& former = KoreanGrammar::Get().former_title_words;
  for (size_t k = 0; k + 3 < tokens.size(); ++k) {
    if (!OneOf(tokens[k + 1].text, former)) continue;
    // The word before the name still counts (a foreign name of two words, a person before).
    std::vector<Token> without_marker;
    if (k > 0) without_marker.push_back(tokens[k - 1]);
    without_marker.push_back(tokens[k]);
    without_marker.push_back(tokens[k + 2]);
    without_marker.push_back(tokens[k + 3]);
    TitledPersons(without_marker);
  }
}

}  // namespace kg::ingest
