// Extraction as unit tests see it: text in, facts out, each fact rendered as one line
// ("Kakao partnered_with OpenAI {date=2025-02}", "NOT United States signed X"), so a test
// compares strings (leveldb's PrintContents style).
#pragma once

#include <string>
#include <vector>

namespace kg::testing {

// Facts the default pipeline (kg's own lexicon and relation vocabulary) extracts from
// `text`, sorted. Qualifiers other than `date`, `amount` and `status` are left out unless
// `all_qualifiers`.
std::vector<std::string> FactsOf(const std::string& text, bool all_qualifiers = false);
// The same for a Markdown ("markdown") or HTML ("html") document.
std::vector<std::string> FactsOfDocument(const std::string& text, const std::string& format);
// The facts of a Markdown document, each also kept for the test's failure message.
std::vector<std::string> MarkdownFacts(const std::string& markdown);
// Whether `fact` is among `facts`.
bool Contains(const std::vector<std::string>& facts, const std::string& fact);
// Whether any fact of a Markdown document mentions `part` (a name, a relation) anywhere; the
// facts go to the test's failure message.
bool MarkdownFactMentions(const std::string& markdown, const std::string& part);
// Each fact with the source line of its evidence sentence: "12: Kakao partnered_with OpenAI".
std::vector<std::string> FactLinesOfDocument(const std::string& text, const std::string& format);

// Whether `fact` is among the facts of `text` read as `format` ("text", "markdown", "html");
// when it is not, the text and the facts found go to the test's failure message.
bool HasFact(const std::string& text, const std::string& fact, const std::string& format = "text");

// Whether any fact of `relation` is among the facts of `text` read as `format`.
bool HasRelation(const std::string& text, const std::string& relation,
                 const std::string& format = "text");

// Entities the text mentions, as "Name (Type)".
std::vector<std::string> EntitiesOf(const std::string& text);

// Whether `entity` ("Name (Type)") is among the entities of `text`; when it is not, the
// entities found go to the test's failure message.
bool HasEntity(const std::string& text, const std::string& entity);

}  // namespace kg::testing
