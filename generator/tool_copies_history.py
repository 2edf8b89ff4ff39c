"""The digests (`tool_copies.digest`) of every version of the tool's templates, theme
overrides and assets released before they carried a mark of their version (every unmarked
version in the history: up to commit 8cc6e08, and four of branches merged after it, before
the marks of dcdbee2 and 1521612): a site's copy without a mark that is one of these, byte
for byte, is an unchanged copy of an older version. Fixed: every later version carries its
mark (`tests/test_tool_copies.py` compares this with the git history)."""

OLDER: dict[str, frozenset[str]] = {
    "docs/assets/briefing.css": frozenset({
        "031b61fe8658", "279aedeae4fe", "286895aea2c5", "2d5022cd8e71", "35b77aa4d85c",
        "38a8fc1e932a", "3b203ebfb62a", "46d54dac8ec3", "51a07c9dd661", "567057a1ffed",
        "5f8b35de4207", "635d239d3525", "6a8d21af81de", "7c3f875b1573", "87c3e6016026",
        "8ce8c8866e01", "95f69f9b38cb", "af8de901d4f2", "b4d03d6c5856", "ba0f986cfdb0",
        "c135a93cfef3", "cb427f2f1ac9", "cf0154b9a76e", "d25f15330003", "de0d93cda97e",
        "df39df83c08b", "e17f654f8d21", "e4d2c9de33f1", "e973f46ba20f", "f54228e74798",
        "fc82a8800cb6",
    }),
    "docs/assets/claims-filter.js": frozenset({
        "78c1ec465468", "917459366cfa", "bf05898b8926", "c05e32b92b7a",
    }),
    "docs/assets/network.js": frozenset({
        "0cd483077fc2", "287d34bcd457", "346b20d5e0c7", "3e249ea62f60", "97dee850abc6",
        "a8076a55e512", "b461ab8f4cad", "b69d49bc16d6", "ba3754fac72a", "d05e24e3c588",
        "d4736f836580",
    }),
    "docs/assets/search-actors.js": frozenset({
        "17e40c1716ba", "79ff01494593", "df94af3ffb42",
    }),
    "docs/assets/timeline-chart.js": frozenset({
        "3b7fc6dc7811", "737a1e33ba2e", "819a5ec5245d", "8596f23f4446", "fcbd28aa0a02",
    }),
    "docs/assets/timeline-filter.js": frozenset({
        "2c70e09a23d7", "955a39fa3292", "d4be0aadd6a1",
    }),
    "templates/_base.md.j2": frozenset({
        "1be3fa16aa30", "c5ec2b08572c", "d4af74864439",
    }),
    "templates/_macros.md.j2": frozenset({
        "04296adf3af6", "075f56f89c47", "0ffcd25254cc", "142df96b47fc", "20d7e6000e7a",
        "3319c5983fe8", "4899d121a163", "4a9867b4699b", "506ee60fb8b7", "5b4834b09e57",
        "66615de30313", "68177bbfdd9b", "6bb4068190e4", "781121e5e84d", "806197613fd4",
        "8f8d8ca8a109", "957a4ca30c94", "9f7b46fdb764", "b0c1501dc04d", "b423d4a1fde4",
        "b6a62c364446", "d03594f6bbba", "da6e50666736", "df46ff63911b", "f8bfc4b0bc2d",
    }),
    "templates/actor.md.j2": frozenset({
        "2f9e1d08b5de", "3eb1562ee929", "414c3d13adf7", "48d8ee57e927", "690bb84e5c38",
        "6a3c6ad4518f", "ba02b2659c88", "ba987820b357", "c1902fd93969", "c8d4ebee1a17",
        "cfaafe910296", "e5bd188a20d3", "f43b868dde96", "f9b72f9a0ef6",
    }),
    "templates/actors.md.j2": frozenset({
        "15eba8286984", "272e39a3ab3a", "659574ca16c0", "c4617e8d1959",
    }),
    "templates/briefing.md.j2": frozenset({
        "06366859e384", "24feabe92666", "42597ca40451", "4575a3d928fd", "4ce56974b601",
        "53513ae293b6", "565064f2de81", "5b1c623e3b82", "5e2e67775cdf", "5fc5887a398b",
        "61412f8cba04", "7971e39212d3", "7c5969c231e8", "7f02e02c8302", "86d837f85046",
        "871a1b368ca6", "9b3be6fb9217", "a0d32813a0b0", "a8fae0e7ebc5", "ab59e8a431d7",
        "b18f94f64fe3", "b719e675426b", "c9da4af7fca8", "cb299eb85165", "d33d0a7c7bce",
        "e74bf89d2cc2", "e7d2d48b958f", "e8aa5bc4cf5e",
    }),
    "templates/claims.md.j2": frozenset({
        "02c7a2bc1333", "4800393f352c", "6a6559515670", "7ecafd1932c5", "a843e26ef239",
        "d1315d2644d1", "f3185be5dd25", "f66250577240", "f707bb25dc82",
    }),
    "templates/correcting.md.j2": frozenset({
        "056c4059ee38", "485f364b5c82", "5646d14f91d7", "8a3ee1acf159", "94b4f5a3f0df",
        "be298a33c211", "c353534a60dd", "c52bbf349751", "cd5ebab2d44d", "d2cd6ba46de6",
        "ef6f4f73263f",
    }),
    "templates/home.md.j2": frozenset({
        "22bdbc54252e", "39d17ae7a28f", "3e6566f376f4", "3e754f1ec4e8", "46d23b0f154f",
        "5ab57eabb0d3", "76287f895b84", "875cf9152951", "a41f9f196ce7", "a981f337ecd5",
        "d0f6fda11a7d", "e03d127fd7b5", "f5cc226d1614",
    }),
    "templates/tag.md.j2": frozenset({
        "0cafee5569e9", "0f3c622508a3", "137548752161", "200eb797a2a6", "436527e848b2",
        "d4d61d6ff36a",
    }),
    "templates/tags.md.j2": frozenset({
        "ac4e9ea5f933", "e4044f77caff",
    }),
    "templates/theme/404.html": frozenset({
        "0d76f94f8da1",
    }),
    "templates/theme/kept-blocks.html": frozenset({
        "19b9d89b9650",
    }),
    "templates/theme/main.html": frozenset({
        "492b7232b28b", "97ba4b5843ed", "ebbd2dd325d7", "fbd89836bc0f",
    }),
    "templates/theme/partials/language.html": frozenset({
        "2575cdab9e3b",
    }),
    "templates/theme/partials/source.html": frozenset({
        "9c49b7de8f68", "ccf050ab8d29",
    }),
    "templates/timeline.md.j2": frozenset({
        "28327dc78478", "2ab58aa650b5", "2ff9a7c2b988", "a24254093f7f", "af5e471cf07d",
        "b4f0ef1c5615", "ba4d9bb210a1", "c2dfd488a732", "e2234c4933de", "fbc28fc06bc7",
    }),
}
