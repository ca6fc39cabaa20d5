#include <cereal/archives/binary.hpp>
#include <cereal/types/polymorphic.hpp>
namespace shop {
namespace {
struct Item { int id; template <class Archive> void serialize(Archive &ar) { ar(id); } };
struct Priced { int cents; };
template <class Archive> void save(Archive &ar, const Priced &p) { ar(p.cents); }
template <class Archive> void load(Archive &ar, Priced &p) { ar(p.cents); }
}
CEREAL_REGISTER_TYPE(Item)
int total() { Item i{1}; Priced p{2}; return i.id + p.cents; }
}
