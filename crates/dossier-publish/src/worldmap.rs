//! The bundled world outline (Natural Earth 1:110m land, public domain), as SVG
//! path data in a 360 × 180 equirectangular frame: see `data/world/README.md`.

/// One closed ring per line: `M x y L x y … Z` with `x = lon + 180`, `y = 90 − lat`.
pub const LAND_110M: &str = include_str!("../../../data/world/land-110m.path");

/// Attribution for the outline, shown under the map.
pub const ATTRIBUTION: &str = "Land outline: Natural Earth 1:110m (public domain), via the world-atlas package";
