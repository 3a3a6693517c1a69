/**
 * Prints the victim's handout from a widget. `window.print()` would print the host page, which is
 * the officer's RMS report (suspect, narrative...) with the panel in it: not something to hand a
 * victim. So the handout region is copied, as nodes, into a hidden same-origin frame that holds
 * only the panel's stylesheet, and that frame prints. The frame goes away once printing is done.
 */
export function printHandoutFromFrame(host: Document, shadow: ShadowRoot, css: string): boolean {
  const region = shadow.querySelector('.vsp-handout-region');
  if (!region) return false;
  const frame = host.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // The handout's own heading (in the victim's language) names the frame and the printed page.
  const heading = region.querySelector('#vsp-handout-title')?.textContent ?? '';
  frame.title = heading;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;opacity:0;pointer-events:none';
  host.body.append(frame);
  const view = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!view || !doc) {
    frame.remove();
    return false;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(style);
  const title = doc.createElement('title');
  title.textContent = heading;
  doc.head.append(title);
  // The same nesting as in the panel, so the print stylesheet's selectors apply unchanged.
  const app = doc.createElement('div');
  app.className = 'vsp-app';
  const main = doc.createElement('main');
  main.className = 'vsp-main';
  main.append(doc.importNode(region, true));
  app.append(main);
  doc.body.append(app);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    frame.remove();
  };
  view.addEventListener('afterprint', () => setTimeout(remove, 0), { once: true });
  // Browsers whose print() returns before printing ends still fire afterprint; this is the backstop.
  setTimeout(remove, 60_000);
  view.focus();
  view.print();
  return true;
}
