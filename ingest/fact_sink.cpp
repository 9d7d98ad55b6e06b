// Value interning and fact de-duplication.
#include "ingest/fact_sink.h"

#include "kg/base/unicode.h"

namespace kg::ingest {

int FactSink::Value(const Literal& literal, const std::string& text) {
  std::string key = literal.datatype + "\x1f" + literal.lang + "\x1f" + literal.lexical;
  auto it = values_.find(key);
  if (it != values_.end()) return it->second;
  out_->values.push_back(ExtractedValue{literal, text});
  int index = static_cast<int>(out_->values.size() - 1);
  values_[key] = index;
  return index;
}

bool FactSink::Add(ExtractedFact f) {
  if (f.subject < 0 || f.relation.empty()) return false;
  if (f.object_entity < 0 && f.object_value < 0) return false;
  if (f.object_entity == f.subject) return false;
  std::string key = std::to_string(f.sentence) + "|" + std::to_string(f.subject) + "|" + f.relation +
                    "|" + std::to_string(f.object_entity) + "|" + std::to_string(f.object_value) +
                    "|" + (f.negated ? "n" : "p");
  for (const auto& [k, v] : f.value_qualifiers) key += "|" + k + "=" + std::to_string(v);
  for (const auto& [k, v] : f.entity_qualifiers) key += "|" + k + "@" + std::to_string(v);
  if (seen_.count(key)) return false;
  seen_[key] = out_->facts.size();
  out_->facts.push_back(std::move(f));
  return true;
}

void CharSpan(const std::string& text, size_t begin, size_t end, int* start, int* stop) {
  begin = std::min(begin, text.size());
  end = std::min(std::max(end, begin), text.size());
  *start = static_cast<int>(CodePointCount(std::string_view(text).substr(0, begin)));
  *stop = *start + static_cast<int>(CodePointCount(std::string_view(text).substr(begin, end - begin)));
}

bool FactSink::AddLink(int subject, const std::string& relation, int object, int sentence,
                       const std::string& text, size_t begin, size_t end, std::string rule) {
  ExtractedFact f;
  f.subject = subject;
  f.relation = relation;
  f.object_entity = object;
  f.sentence = sentence;
  CharSpan(text, begin, end, &f.start, &f.end);
  f.rule = std::move(rule);
  return Add(std::move(f));
}

}  // namespace kg::ingest
