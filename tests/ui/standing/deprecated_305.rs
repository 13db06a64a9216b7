#![deny(deprecated)]

use responses::responses;

// 305 is deprecated: a warning, here turned into an error to show it. The
// enum is still generated, so nothing else fails.
#[responses(200, 305)]
pub enum Get {}

fn main() {
    let _ = Get::use_proxy();
}
