// Binder: AST -> BoundQuery. Resolves names through every alias (case-insensitive, NFC),
// relation ids, RDF terms and the relation vocabulary's phrases; an unknown name gets "did
// you mean" with the closest known names. Errors carry the offending node's position.
//
// Names, relations and paths live in binder.cpp, patterns in bind_pattern.cpp, natural-language
// questions in bind_questions.cpp.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/relations.h"
#include "kg/query/bound_query.h"
#include "kg/query/question_lexicon.h"
#include "kg/query/sound_alike_names.h"
#include "kg/base/status.h"
#include "kg/storage/store.h"
#include "kg/io/term_text.h"
#include "parser/ast.h"

namespace kg {

namespace x3 = boost::spirit::x3;

class Binder {
 public:
  // All references must outlive the binder. `lexicon` (the question words of `vocabulary`,
  // costly to build) is built on the first natural question when not given.
  Binder(const ReadView& view, const ingest::RelationVocabulary& vocabulary, TermText& text,
         const QuestionLexicon* lexicon = nullptr);

  // Errors: NotFound (unknown name or relation, with suggestions), InvalidArgument (a form
  // that cannot be answered). Their location is the node's line and column in `query_text`.
  Result<BoundQuery> Bind(const parser::ast::Query& query, std::string_view query_text,
                          const std::string& source = "");

  // Exposed for the question binder (bind_questions.cpp).
  struct Ctx;

 private:
  friend struct QuestionBinder;
  // Patterns: bind_pattern.cpp.
  Status BindPattern(const parser::ast::PatternQuery& q, BoundQuery* out);
  Status BindAtom(const parser::ast::Atom& a, BoundQuery* out, Branch* branch);
  Status BindFilter(const parser::ast::Comparison& c, BoundQuery* out, Branch* branch);
  Status BindGrouping(const parser::ast::PatternQuery& q, BoundQuery* out);
  Status BindPlainProjection(const parser::ast::PatternQuery& q, BoundQuery* out);
  Status BindPath(const parser::ast::PathQuery& q, BoundQuery* out);
  Status BindQuestion(const parser::ast::Question& q, BoundQuery* out);

  int Var(BoundQuery* out, const std::string& name);
  Result<Slot> EntitySlot(const parser::ast::Term& term, BoundQuery* out, bool object_position);
  Result<Slot> RelationSlot(const parser::ast::Term& term, BoundQuery* out, bool* label,
                            bool* swap, bool* symmetric);
  Result<Slot> QualifierSlot(const std::string& key, const parser::ast::Term& term,
                             BoundQuery* out);

 public:
  // Entities named `text` ("the" dropped, quotes stripped, "A and B" split when the whole is
  // not a name). One id set per name. NotFound with suggestions, located at `node`.
  Result<std::vector<std::vector<TermId>>> ResolveNames(const std::string& text,
                                                        const x3::position_tagged& node,
                                                        BoundQuery* out);
  Result<std::vector<TermId>> ResolveName(const std::string& text,
                                          const x3::position_tagged& node, BoundQuery* out);
  // Relation ids of the vocabulary relations (and those they answer for).
  std::vector<TermId> RelationIds(const ingest::RelationDef& def, bool with_answers_also);
  TermId RelationId(const std::string& id);
  Result<TermId> LiteralId(const Literal& lit);
  Status ErrorAt(Status status, const x3::position_tagged& node) const;
  std::string DidYouMean(const std::string& folded) const;

  const ReadView& view() const { return view_; }
  TermText& text() { return text_; }
  const ingest::RelationVocabulary& vocabulary() const { return vocab_; }
  Result<const QuestionLexicon*> Lexicon();
  // Hangul names found by their English spelling (made on first use).
  SoundAlikeNames& SoundNames();

 private:
  const ReadView& view_;
  const ingest::RelationVocabulary& vocab_;
  TermText& text_;
  const QuestionLexicon* lexicon_;
  std::unique_ptr<QuestionLexicon> own_lexicon_;
  std::unique_ptr<SoundAlikeNames> sound_names_;
  std::string_view query_text_;
  std::string source_;
};

// Prefixes understood in patterns without declaration.
const std::map<std::string, std::string>& KnownPrefixes();

}  // namespace kg
