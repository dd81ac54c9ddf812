/**
 * Puts the warning card into a page: one <heads-up-warning data-level="..."> element
 * (the detection contract's hook), the card inside its shadow root so the site's CSS
 * cannot reach it, docked in a corner so it never covers the chat. Removed on dismiss.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Language, Level, OffenderCategory } from '../patterns/categories';
import { WarningCard } from './WarningCard';

export interface WarningView {
  level: Level | undefined;
  categories: OffenderCategory[];
  nudge: boolean;
}

export interface WarningHost {
  show(view: WarningView): Promise<void>;
  remove(): void;
}

export const WARNING_TAG = 'heads-up-warning';

export function createWarningHost(
  ctx: ContentScriptContext,
  options: { country?: string; language?: Language; learnMoreUrl?: string; onDismiss: () => void },
): WarningHost {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;

  const remove = () => {
    ui?.remove();
    ui = undefined;
    mounting = undefined;
  };

  const ensure = async () => {
    if (ui?.shadowHost.isConnected) return ui;
    mounting ??= createShadowRootUi(ctx, {
      name: WARNING_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in the card must not trigger the site's shortcuts.
      isolateEvents: true,
      onMount(container) {
        const dock = document.createElement('div');
        dock.className = 'hu-dock';
        container.append(dock);
        return dock;
      },
      onRemove(dock) {
        if (dock) render(null, dock);
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return mounting;
  };

  return {
    async show(view) {
      if (!view.level) return remove();
      const host = await ensure();
      const level = view.level;
      host.shadowHost.dataset.level = level;
      render(
        <WarningCard
          key={level}
          level={level}
          categories={view.categories}
          nudge={view.nudge}
          country={options.country}
          language={options.language}
          learnMoreUrl={options.learnMoreUrl}
          onDismiss={() => {
            remove();
            options.onDismiss();
          }}
        />,
        host.mounted!,
      );
    },
    remove,
  };
}
