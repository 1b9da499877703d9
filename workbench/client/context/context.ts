import type { IInputs } from "../../../generated/ManifestTypes";
import type { EventLog } from "../page/eventLog.js";
import { createFormatting } from "../locale/formatting.js";
import { FORM_WIDTH_PX, HOST_TABLE } from "../page/hostState.js";
import type { HostState } from "../page/hostState.js";
import { languageOf } from "../locale/languages.js";
import type { ControlManifest } from "./manifest.js";
import type { MetadataCache } from "./metadata.js";
import { buildParameters } from "./parameters.js";
import { createResources } from "./resources.js";
import type { StringTable } from "./resources.js";
import { fluentDesignLanguage } from "../locale/theme.js";
import { createUserSettings } from "../locale/userSettings.js";

export const WORKBENCH_APP_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const CREATE_PRIVILEGE = 1;

/** Members model-driven forms give a control that the typings leave out. */
export interface RecordContextInfo {
  entityId: string;
  entityTypeName: string;
  entityRecordName: string | undefined;
}

export interface HostedPage {
  entityId: string | undefined;
  entityTypeName: string;
  isPageReadOnly: boolean;
  appId: string;
}

export type HostedContext = ComponentFramework.Context<IInputs> & {
  mode: ComponentFramework.Mode & { contextInfo: RecordContextInfo };
  page: HostedPage;
};

/** What outlives one context: the services and the control's own layout wishes. */
export interface ContextServices {
  manifest: ControlManifest;
  strings: StringTable;
  webApi: ComponentFramework.WebApi;
  navigation: ComponentFramework.Navigation;
  metadata: MetadataCache;
  log: EventLog;
  requestRender(): void;
  layout: { tracksContainerResize: boolean };
}

function unsupported(member: string): () => Promise<never> {
  return () => Promise.reject({ errorCode: 0, message: `${member} is not available in the workbench` });
}

function contextInfoOf(record: HostState["record"]): RecordContextInfo {
  return { entityId: record.id, entityTypeName: HOST_TABLE, entityRecordName: record.id ? record.name : undefined };
}

function createMode(state: HostState, services: ContextServices, label: string): HostedContext["mode"] {
  const { layout, log } = services;
  return {
    isControlDisabled: state.formDisabled,
    isVisible: true,
    label,
    // Like the platform: sizes are only reported once the control asks to track its container.
    allocatedWidth: layout.tracksContainerResize ? FORM_WIDTH_PX[state.width] : -1,
    allocatedHeight: -1,
    trackContainerResize(value) {
      log.call("mode.trackContainerResize", value);
      const changed = layout.tracksContainerResize !== value;
      layout.tracksContainerResize = value;
      if (changed) services.requestRender();
    },
    setControlState(controlState) {
      log.call("mode.setControlState", controlState);
      return true;
    },
    setFullScreen(value) {
      log.call("mode.setFullScreen", value);
    },
    contextInfo: contextInfoOf(state.contextInfoRecord ?? state.record),
  };
}

function createUtils(state: HostState, { metadata, log }: ContextServices): ComponentFramework.Utility {
  return {
    getEntityMetadata: (entityName, attributes) => metadata.getEntityMetadata(entityName, attributes),
    // False until the table's metadata is cached, as the platform documents (see MetadataCache).
    hasEntityPrivilege: (entityType, privilegeType) =>
      metadata.has(entityType) && !(state.noCreatePrivilege && entityType === "msdyn_ocsession" && privilegeType === CREATE_PRIVILEGE),
    lookupObjects(options) {
      log.call("utils.lookupObjects", options);
      return Promise.resolve([]);
    },
  };
}

function createClient(): ComponentFramework.Client {
  return { disableScroll: false, getClient: () => "Web", getFormFactor: () => 1, isOffline: () => false, isNetworkAvailable: () => navigator.onLine };
}

function createDevice(): ComponentFramework.Device {
  return {
    captureAudio: unsupported("device.captureAudio"),
    captureImage: unsupported("device.captureImage"),
    captureVideo: unsupported("device.captureVideo"),
    getBarcodeValue: unsupported("device.getBarcodeValue"),
    getCurrentPosition: unsupported("device.getCurrentPosition"),
    pickFile: unsupported("device.pickFile"),
  };
}

function createFactory(services: ContextServices): ComponentFramework.Factory {
  return {
    requestRender: () => services.requestRender(),
    getPopupService: () => {
      throw new Error("factory.getPopupService is not available in the workbench");
    },
  };
}

/** Builds the context a bank account main form would pass on one init/updateView call. */
export function buildContext(state: HostState, services: ContextServices, updatedProperties: string[]): HostedContext {
  const language = languageOf(state.languageId);
  const formatting = createFormatting(language.locale);
  const resources = createResources(services.strings);
  return {
    parameters: buildParameters(services.manifest, state.parameterValues, state.record.name, resources.getString, formatting),
    updatedProperties,
    mode: createMode(state, services, "Sessions"),
    page: { entityId: state.record.id || undefined, entityTypeName: HOST_TABLE, isPageReadOnly: state.formDisabled, appId: WORKBENCH_APP_ID },
    webAPI: services.webApi,
    navigation: services.navigation,
    utils: createUtils(state, services),
    formatting,
    resources,
    userSettings: createUserSettings(language),
    client: createClient(),
    device: createDevice(),
    factory: createFactory(services),
    fluentDesignLanguage: fluentDesignLanguage(state.theme),
    events: {},
    copilot: { executeEvent: unsupported("copilot.executeEvent"), executePrompt: unsupported("copilot.executePrompt") },
  };
}
