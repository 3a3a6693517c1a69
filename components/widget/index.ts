import { defineVictimServicesPanel, VictimServicesPanelElement } from './element';

// Loading the script is enough: <victim-services-panel> works from then on.
defineVictimServicesPanel();

export interface MountOptions {
  /** Attributes as written in HTML, e.g. { 'incident-type': 'DOM VIOL', 'case-number': '26-1' }. */
  attributes?: Record<string, string>;
  /** The department settings object (same schema as the policy). */
  config?: unknown;
}

/**
 * Programmatic mounting for hosts that build their UI in script: creates the element, applies
 * attributes and config before it connects (one render, no flash of defaults), appends it.
 */
export function mount(parent: Element, options: MountOptions = {}): VictimServicesPanelElement {
  const element = document.createElement('victim-services-panel') as VictimServicesPanelElement;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  if (options.config !== undefined) element.config = options.config;
  parent.append(element);
  return element;
}

export { defineVictimServicesPanel, VictimServicesPanelElement };
